package org.gcmkit.io.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The JSON names of the model's enums: the constant's name in lower case with hyphens for underscores
 * ({@code THEMATIC_SESSION} is {@code "thematic-session"}). Reading accepts exactly these names.
 */
public final class EnumCodec {

  private static final Map<Class<?>, String> EXPECTED = new ConcurrentHashMap<>();

  private EnumCodec() {}

  /**
   * The JSON name of a constant.
   *
   * @param constant the constant
   * @return for example {@code "in-person"}
   */
  public static String jsonName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * What a reader expects for an enum, in words.
   *
   * @param type the enum type
   * @return for example {@code "one of 'high', 'medium', 'low'"}
   */
  static String expected(Class<?> type) {
    return EXPECTED.computeIfAbsent(type, t -> {
      StringBuilder sb = new StringBuilder("one of ");
      Object[] constants = t.getEnumConstants();
      for (int i = 0; i < constants.length; i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append('\'').append(jsonName((Enum<?>) constants[i])).append('\'');
      }
      return sb.toString();
    });
  }

  /**
   * Writes constants by their JSON names.
   *
   * @param <E> the enum type
   */
  public static final class Serializer<E extends Enum<E>> extends StdSerializer<E> {

    private final SerializedString[] names;

    /**
     * A serializer for an enum type.
     *
     * @param type the type
     */
    public Serializer(Class<E> type) {
      super(type);
      E[] constants = type.getEnumConstants();
      names = new SerializedString[constants.length];
      for (E c : constants) {
        names[c.ordinal()] = new SerializedString(jsonName(c));
      }
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(names[value.ordinal()]);
    }
  }

  /**
   * Reads constants by their JSON names.
   *
   * @param <E> the enum type
   */
  public static final class Deserializer<E extends Enum<E>> extends StdDeserializer<E> {

    private final Class<E> type;
    private final Map<String, E> byName;

    /**
     * A deserializer for an enum type.
     *
     * @param type the type
     */
    public Deserializer(Class<E> type) {
      super(type);
      this.type = type;
      E[] constants = type.getEnumConstants();
      Map<String, E> map = new HashMap<>(constants.length * 2);
      for (E c : constants) {
        map.put(jsonName(c), c);
      }
      this.byName = map;
    }

    @Override
    public E deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw BadValueException.wrongToken(p, type, expected(type));
      }
      String text = p.getString();
      E value = byName.get(text);
      if (value == null) {
        throw BadValueException.badString(p, type, expected(type), text, null, -1);
      }
      return value;
    }
  }
}
