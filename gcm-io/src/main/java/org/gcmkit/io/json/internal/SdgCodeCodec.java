package org.gcmkit.io.json.internal;

import org.gcmkit.model.SdgCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** An {@link SdgCode} is its dotted text: {@code "10.7.2"}. */
public final class SdgCodeCodec {

  static final String EXPECTED = "an SDG code such as \"10\", \"10.7\", \"10.a\" or \"10.7.2\"";

  private SdgCodeCodec() {}

  /** Writes a code. */
  public static final class Serializer extends StdSerializer<SdgCode> {
    /** The serializer. */
    public Serializer() {
      super(SdgCode.class);
    }

    @Override
    public void serialize(SdgCode value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }
  }

  /** Reads a code. */
  public static final class Deserializer extends StdDeserializer<SdgCode> {
    /** The deserializer. */
    public Deserializer() {
      super(SdgCode.class);
    }

    @Override
    public SdgCode deserialize(JsonParser p, DeserializationContext ctxt) {
      String text = ScalarCodecs.requireString(p, SdgCode.class, EXPECTED);
      try {
        return SdgCode.parse(text);
      } catch (IllegalArgumentException e) {
        throw BadValueException.badString(
            p, SdgCode.class, EXPECTED, text, Describe.reason(e.getMessage()), Describe.index(e.getMessage()));
      }
    }
  }
}
