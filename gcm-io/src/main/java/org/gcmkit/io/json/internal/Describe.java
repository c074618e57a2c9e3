package org.gcmkit.io.json.internal;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Words for what a reader expected and what it found. */
public final class Describe {

  private static final int MAX_SHOWN = 60;

  private Describe() {}

  /**
   * What the parser's current token is, in words.
   *
   * @param p the parser
   * @return for example {@code "a number"}, {@code "an array"}, {@code "null"}
   */
  public static String token(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token(t);
    }
  }

  /**
   * A token type in words.
   *
   * @param t the token, or {@code null} for the end of the input
   * @return for example {@code "an object"}
   */
  public static String token(JsonToken t) {
    if (t == null) {
      return "the end of the document";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case END_OBJECT:
        return "the end of an object";
      case END_ARRAY:
        return "the end of an array";
      case PROPERTY_NAME:
        return "a property name";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What a property of a Java type holds, in words.
   *
   * @param type the type being read
   * @return for example {@code "a string"} or {@code "an array"}
   */
  public static String expected(Class<?> type) {
    if (type == String.class || type == CharSequence.class) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == java.util.OptionalInt.class) {
      return "an integer";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == BigDecimal.class || type == double.class || type == Double.class) {
      return "a number";
    }
    if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type.isEnum()) {
      return EnumCodec.expected(type);
    }
    return "an object";
  }

  /**
   * The reason in a gcmkit parse message of the form {@code "Cannot read 'x' as an EDTF date at index 8: reason"}.
   *
   * @param message the message
   * @return the reason, or the whole message when it has another form
   */
  public static String reason(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int at = message.indexOf(" at index ");
    int colon = at < 0 ? -1 : message.indexOf(": ", at);
    return colon < 0 ? message : message.substring(colon + 2);
  }

  /**
   * The index in a gcmkit parse message of the form {@code "Cannot read 'x' as an SDG code at index 3: reason"}.
   *
   * @param message the message
   * @return the index, or -1 when the message has another form
   */
  public static int index(@Nullable String message) {
    if (message == null) {
      return -1;
    }
    int at = message.indexOf(" at index ");
    if (at < 0) {
      return -1;
    }
    int i = at + " at index ".length();
    int n = 0;
    int digits = 0;
    while (i < message.length() && Character.isDigit(message.charAt(i)) && digits < 9) {
      n = n * 10 + (message.charAt(i) - '0');
      i++;
      digits++;
    }
    return digits == 0 ? -1 : n;
  }

  /**
   * A noun with its indefinite article.
   *
   * @param noun for example {@code "event"}
   * @return for example {@code "an event"}
   */
  public static String withArticle(String noun) {
    char c = noun.isEmpty() ? 'x' : Character.toLowerCase(noun.charAt(0));
    boolean vowel = "aeiou".indexOf(c) >= 0 || noun.startsWith("SDG");
    return (vowel ? "an " : "a ") + noun;
  }

  /**
   * A string as a message shows it: quoted, shortened when long, with control characters escaped.
   *
   * @param text the text
   * @return for example {@code "'2017-02-30'"}
   */
  public static String quoted(String text) {
    StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_SHOWN) + 8).append('\'');
    int n = Math.min(text.length(), MAX_SHOWN);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    if (text.length() > MAX_SHOWN) {
      sb.append("...' (").append(text.length()).append(" characters)");
    } else {
      sb.append('\'');
    }
    return sb.toString();
  }
}
