package org.gcmkit.io.json.internal;

import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.gcmkit.model.FuzzyDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link FuzzyDate} is its EDTF text, {@code "2017-12-01/2017-12-10"}; a date with the phrase it was taken from is
 * an object of both, {@code {"edtf": "2017-12-01/2017-12-10", "text": "early December"}}.
 */
public final class FuzzyDateCodec {

  static final String EXPECTED = "an EDTF date such as \"2017-12-04\", or an object with 'edtf' and 'text'";
  static final String EXPECTED_EDTF = "an EDTF date such as \"2017-12-04\" or \"2017-12-01/2017-12-10\"";
  private static final SerializedString EDTF = new SerializedString("edtf");
  private static final SerializedString TEXT = new SerializedString("text");
  private static final String[] NAMES = {"edtf", "text"};
  private static final Set<String> KNOWN = Set.of(NAMES);

  private FuzzyDateCodec() {}

  /** Writes a fuzzy date. */
  public static final class Serializer extends StdSerializer<FuzzyDate> {
    /** The serializer. */
    public Serializer() {
      super(FuzzyDate.class);
    }

    @Override
    public void serialize(FuzzyDate value, JsonGenerator gen, SerializationContext ctxt) {
      String edtf = value.toEdtf();
      @Nullable String text = value.sourceText().orElse(null);
      if (text == null) {
        gen.writeString(edtf);
      } else {
        gen.writeStartObject(value, 2);
        gen.writeName(EDTF);
        gen.writeString(edtf);
        gen.writeName(TEXT);
        gen.writeString(text);
        gen.writeEndObject();
      }
    }
  }

  /** Reads a fuzzy date. */
  public static final class Deserializer extends StdDeserializer<FuzzyDate> {
    /** The deserializer. */
    public Deserializer() {
      super(FuzzyDate.class);
    }

    @Override
    public FuzzyDate deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING) {
        return parse(p);
      }
      ObjectReading.requireObject(p, FuzzyDate.class, EXPECTED);
      TokenStreamLocation start = p.currentTokenLocation();
      FuzzyDate date = null;
      String text = null;
      boolean[] present = new boolean[2];
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (!KNOWN.contains(name)) {
          // outside the try: the exception already names the property
          ctxt.handleUnknownProperty(p, this, FuzzyDate.class, name);
          continue;
        }
        try {
          if (name.equals("edtf")) {
            present[0] = true;
            date = parse(p);
          } else if (name.equals("text")) {
            present[1] = true;
            text = ScalarCodecs.requireString(p, FuzzyDate.class, "a string");
            if (text.isBlank()) {
              throw BadValueException.badString(
                  p, FuzzyDate.class, "the phrase the date was taken from", text, "it is blank", -1);
            }
          }
        } catch (JacksonException e) {
          throw ObjectReading.atProperty(e, FuzzyDate.class, name);
        }
      }
      ObjectReading.requirePresent(p, FuzzyDate.class, start, NAMES, present);
      return date.withSourceText(text);
    }

    private static FuzzyDate parse(JsonParser p) {
      String edtf = ScalarCodecs.requireString(p, FuzzyDate.class, EXPECTED_EDTF);
      try {
        return FuzzyDate.parse(edtf);
      } catch (DateTimeParseException e) {
        throw BadValueException.badString(
            p, FuzzyDate.class, EXPECTED_EDTF, edtf, Describe.reason(e.getMessage()), e.getErrorIndex());
      }
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return List.of((Object[]) NAMES);
    }
  }

}
