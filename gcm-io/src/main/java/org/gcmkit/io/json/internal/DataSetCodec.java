package org.gcmkit.io.json.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.Act;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.Event;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.Source;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The document: a {@link DataSet} is the object {@code {"format": "gcmkit/1", ...}} with its properties in
 * {@link #PROPERTIES} order. {@code format} is required on reading and must be {@code "gcmkit/1"}; it may stand
 * anywhere in the object, and gcmkit writes it first.
 */
public final class DataSetCodec {

  /** The properties of the document, in format order. */
  public static final List<String> PROPERTIES = List.of(
      "format", "title", "description", "asOf", "complete", "phases", "events", "organisations", "people",
      "memberships", "accreditations", "acts", "objectives", "goals", "documents", "sources", "confidence", "note");

  static final String EXPECTED = "a gcmkit document: an object with \"format\": \"" + FormatCatalog.FORMAT + "\"";

  private static final SerializedString FORMAT_NAME = new SerializedString("format");
  private static final SerializedString FORMAT_VALUE = new SerializedString(FormatCatalog.FORMAT);
  private static final SerializedString[] NAMES = PROPERTIES.stream()
      .map(SerializedString::new)
      .toArray(SerializedString[]::new);

  private DataSetCodec() {}

  /** Writes a data set as a gcmkit/1 document. */
  public static final class Serializer extends StdSerializer<DataSet> {
    /** The serializer. */
    public Serializer() {
      super(DataSet.class);
    }

    @Override
    public void serialize(DataSet d, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(d);
      gen.writeName(FORMAT_NAME);
      gen.writeString(FORMAT_VALUE);
      string(gen, 1, d.title());
      string(gen, 2, d.description());
      if (d.asOf().isPresent()) {
        gen.writeName(NAMES[3]);
        gen.writeString(d.asOf().get().toString());
      }
      if (d.complete()) {
        gen.writeName(NAMES[4]);
        gen.writeBoolean(true);
      }
      list(gen, ctxt, 5, d.phases());
      list(gen, ctxt, 6, d.events());
      list(gen, ctxt, 7, d.organisations());
      list(gen, ctxt, 8, d.people());
      list(gen, ctxt, 9, d.memberships());
      list(gen, ctxt, 10, d.accreditations());
      list(gen, ctxt, 11, d.acts());
      list(gen, ctxt, 12, d.objectives());
      list(gen, ctxt, 13, d.goals());
      list(gen, ctxt, 14, d.documents());
      list(gen, ctxt, 15, d.sources());
      if (d.confidence().isPresent()) {
        gen.writeName(NAMES[16]);
        ctxt.writeValue(gen, d.confidence().get());
      }
      string(gen, 17, d.note());
      gen.writeEndObject();
    }

    private static void string(JsonGenerator gen, int name, Optional<String> value) {
      if (value.isPresent()) {
        gen.writeName(NAMES[name]);
        gen.writeString(value.get());
      }
    }

    private static void list(JsonGenerator gen, SerializationContext ctxt, int name, List<?> values) {
      if (!values.isEmpty()) {
        gen.writeName(NAMES[name]);
        ctxt.writeValue(gen, values);
      }
    }
  }

  /** Reads a gcmkit/1 document into a data set. */
  public static final class Deserializer extends StdDeserializer<DataSet> {

    private final ScalarCodecs.InstantDeserializer instants = new ScalarCodecs.InstantDeserializer();
    private @Nullable ValueDeserializer<Object> phases;
    private @Nullable ValueDeserializer<Object> events;
    private @Nullable ValueDeserializer<Object> organisations;
    private @Nullable ValueDeserializer<Object> people;
    private @Nullable ValueDeserializer<Object> memberships;
    private @Nullable ValueDeserializer<Object> accreditations;
    private @Nullable ValueDeserializer<Object> acts;
    private @Nullable ValueDeserializer<Object> objectives;
    private @Nullable ValueDeserializer<Object> goals;
    private @Nullable ValueDeserializer<Object> documents;
    private @Nullable ValueDeserializer<Object> sources;
    private @Nullable ValueDeserializer<Object> confidences;

    /** The deserializer. */
    public Deserializer() {
      super(DataSet.class);
    }

    @Override
    public void resolve(DeserializationContext ctxt) {
      phases = element(ctxt, Phase.class);
      events = element(ctxt, Event.class);
      organisations = element(ctxt, Organisation.class);
      people = element(ctxt, Person.class);
      memberships = element(ctxt, Membership.class);
      accreditations = element(ctxt, Accreditation.class);
      acts = element(ctxt, Act.class);
      objectives = element(ctxt, Objective.class);
      goals = element(ctxt, Goal.class);
      documents = element(ctxt, Document.class);
      sources = element(ctxt, Source.class);
      confidences = element(ctxt, Confidence.class);
    }

    private static ValueDeserializer<Object> element(DeserializationContext ctxt, Class<?> type) {
      return ctxt.findContextualValueDeserializer(ctxt.constructType(type), null);
    }

    @Override
    public DataSet deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw BadValueException.wrongToken(p, DataSet.class, EXPECTED);
      }
      TokenStreamLocation start = p.currentTokenLocation();
      DataSet.Builder b = DataSet.builder();
      boolean format = false;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (!PROPERTIES.contains(name)) {
          // outside the try: the exception already names the property
          ctxt.handleUnknownProperty(p, this, DataSet.class, name);
          continue;
        }
        try {
          switch (name) {
            case "format":
              readFormat(p);
              format = true;
              break;
            case "title":
              b.title(string(p));
              break;
            case "description":
              b.description(string(p));
              break;
            case "asOf":
              b.asOf((Instant) nonNull(p, ctxt, instants, Instant.class));
              break;
            case "complete":
              b.complete(bool(p));
              break;
            case "phases":
              b.phases(this.<Phase>list(p, ctxt, phases));
              break;
            case "events":
              b.events(this.<Event>list(p, ctxt, events));
              break;
            case "organisations":
              b.organisations(this.<Organisation>list(p, ctxt, organisations));
              break;
            case "people":
              b.people(this.<Person>list(p, ctxt, people));
              break;
            case "memberships":
              b.memberships(this.<Membership>list(p, ctxt, memberships));
              break;
            case "accreditations":
              b.accreditations(this.<Accreditation>list(p, ctxt, accreditations));
              break;
            case "acts":
              b.acts(this.<Act>list(p, ctxt, acts));
              break;
            case "objectives":
              b.objectives(this.<Objective>list(p, ctxt, objectives));
              break;
            case "goals":
              b.goals(this.<Goal>list(p, ctxt, goals));
              break;
            case "documents":
              b.documents(this.<Document>list(p, ctxt, documents));
              break;
            case "sources":
              b.sources(this.<Source>list(p, ctxt, sources));
              break;
            case "confidence":
              b.confidence((Confidence) nonNull(p, ctxt, confidences, Confidence.class));
              break;
            case "note":
              b.note(string(p));
              break;
          }
        } catch (JacksonException e) {
          throw e.prependPath(DataSet.class, name);
        }
      }
      if (!format) {
        throw new MissingPropertyException(p, DataSet.class, List.of("format"), start);
      }
      return b.build();
    }

    private static void readFormat(JsonParser p) {
      String expected = "\"" + FormatCatalog.FORMAT + "\"";
      String value = ScalarCodecs.requireString(p, DataSet.class, expected);
      if (!value.equals(FormatCatalog.FORMAT)) {
        String detail = value.startsWith("gcmkit/")
            ? "this version of gcmkit reads " + FormatCatalog.FORMAT + " documents only"
            : "this is not a gcmkit document";
        throw BadValueException.badString(p, DataSet.class, expected, value, detail, -1);
      }
    }

    private static String string(JsonParser p) {
      return ScalarCodecs.requireString(p, String.class, "a string");
    }

    private static boolean bool(JsonParser p) {
      JsonToken t = p.currentToken();
      if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
        throw BadValueException.wrongToken(p, Boolean.class, "true or false");
      }
      return t == JsonToken.VALUE_TRUE;
    }

    private static Object nonNull(
        JsonParser p, DeserializationContext ctxt, @Nullable ValueDeserializer<?> deser, Class<?> type) {
      if (p.currentToken() == JsonToken.VALUE_NULL) {
        throw BadValueException.wrongToken(p, type, type == Instant.class
            ? ScalarCodecs.InstantDeserializer.EXPECTED
            : Describe.expected(type));
      }
      return deser.deserialize(p, ctxt);
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(JsonParser p, DeserializationContext ctxt, @Nullable ValueDeserializer<Object> deser) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw BadValueException.wrongToken(p, List.class, "an array");
      }
      List<T> out = new ArrayList<>();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        int index = out.size();
        try {
          if (t != JsonToken.START_OBJECT) {
            throw BadValueException.wrongToken(p, Object.class, "an object");
          }
          out.add((T) deser.deserialize(p, ctxt));
        } catch (JacksonException e) {
          throw e.prependPath(out, index);
        }
      }
      return out;
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return List.copyOf(PROPERTIES);
    }
  }
}
