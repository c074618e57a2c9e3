package org.gcmkit.io.json.internal;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/** Helpers for the hand-written deserializers of small objects. */
final class ObjectReading {

  private ObjectReading() {}

  /** Fails unless the parser is at the start of an object. */
  static void requireObject(JsonParser p, Class<?> type, String expected) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw BadValueException.wrongToken(p, type, expected);
    }
  }

  /** Reads an integer that fits an {@code int}. */
  static int readInt(JsonParser p, Class<?> type) {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw BadValueException.wrongToken(p, type, "an integer");
    }
    if (p.getNumberType() != JsonParser.NumberType.INT) {
      throw BadValueException.badValue(
          p, type, "an integer from -2147483648 to 2147483647", p.getString(), p.currentTokenLocation());
    }
    return p.getIntValue();
  }

  /** Reads any JSON number as a {@code double}. */
  static double readDouble(JsonParser p, Class<?> type) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw BadValueException.wrongToken(p, type, "a number");
    }
    return p.getDoubleValue();
  }

  /** Adds the property to the path of an exception thrown while reading its value. */
  static JacksonException atProperty(JacksonException e, Class<?> type, String name) {
    return e.prependPath(type, name);
  }

  /** Fails when required properties are missing. */
  static void requirePresent(
      JsonParser p, Class<?> type, TokenStreamLocation start, String[] names, boolean[] present) {
    List<String> missing = null;
    for (int i = 0; i < names.length; i++) {
      if (!present[i]) {
        if (missing == null) {
          missing = new ArrayList<>(names.length);
        }
        missing.add(names[i]);
      }
    }
    if (missing != null) {
      throw new MissingPropertyException(p, type, missing, start);
    }
  }
}
