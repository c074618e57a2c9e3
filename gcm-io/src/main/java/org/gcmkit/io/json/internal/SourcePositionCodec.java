package org.gcmkit.io.json.internal;

import java.util.Collection;
import java.util.List;
import org.gcmkit.model.SourcePosition;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A {@link SourcePosition} is {@code {"source": "data.json", "line": 12, "column": 7, "pointer": "/events/3"}};
 * an empty source, a line or column of 0 and an absent pointer are left out.
 */
public final class SourcePositionCodec {

  static final String EXPECTED = "an object with 'source', 'line', 'column' and 'pointer'";
  static final List<String> NAMES = List.of("source", "line", "column", "pointer");

  private SourcePositionCodec() {}

  /** Writes a position. */
  public static final class Serializer extends StdSerializer<SourcePosition> {
    /** The serializer. */
    public Serializer() {
      super(SourcePosition.class);
    }

    @Override
    public void serialize(SourcePosition value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject(value);
      if (!value.source().isEmpty()) {
        gen.writeStringProperty("source", value.source());
      }
      if (value.line() > 0) {
        gen.writeNumberProperty("line", value.line());
      }
      if (value.column() > 0) {
        gen.writeNumberProperty("column", value.column());
      }
      if (value.jsonPointer().isPresent()) {
        gen.writeStringProperty("pointer", value.jsonPointer().get());
      }
      gen.writeEndObject();
    }
  }

  /** Reads a position. */
  public static final class Deserializer extends StdDeserializer<SourcePosition> {
    /** The deserializer. */
    public Deserializer() {
      super(SourcePosition.class);
    }

    @Override
    public SourcePosition deserialize(JsonParser p, DeserializationContext ctxt) {
      ObjectReading.requireObject(p, SourcePosition.class, EXPECTED);
      TokenStreamLocation start = p.currentTokenLocation();
      String source = "";
      int line = 0;
      int column = 0;
      String pointer = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        if (!NAMES.contains(name)) {
          // outside the try: the exception already names the property
          ctxt.handleUnknownProperty(p, this, SourcePosition.class, name);
          continue;
        }
        try {
          switch (name) {
            case "source":
              source = ScalarCodecs.requireString(p, SourcePosition.class, "a string");
              break;
            case "line":
              line = nonNegative(p);
              break;
            case "column":
              column = nonNegative(p);
              break;
            case "pointer":
              pointer = ScalarCodecs.requireString(p, SourcePosition.class, "a JSON pointer");
              break;
          }
        } catch (JacksonException e) {
          throw ObjectReading.atProperty(e, SourcePosition.class, name);
        }
      }
      return pointer == null
          ? SourcePosition.of(source, line, column)
          : SourcePosition.ofJson(source, line, column, pointer);
    }

    private static int nonNegative(JsonParser p) {
      int n = ObjectReading.readInt(p, SourcePosition.class);
      if (n < 0) {
        throw BadValueException.badValue(
            p, SourcePosition.class, "a number from 0", Integer.toString(n), p.currentTokenLocation());
      }
      return n;
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
      return List.copyOf(NAMES);
    }
  }
}
