package org.gcmkit.io.json.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A value that gcmkit's own (de)serializers could not read: what was expected, what was found, and for a string where
 * in the string the problem is. Jackson adds the path as the exception travels up; {@link ErrorTranslator} turns it
 * into a {@link org.gcmkit.io.json.JsonReadException}.
 */
public final class BadValueException extends MismatchedInputException {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;
  private final @Nullable String detail;
  private final int index;

  private BadValueException(
      JsonParser p,
      Class<?> target,
      String expected,
      String found,
      @Nullable String detail,
      int index,
      TokenStreamLocation where) {
    super(p, "expected " + expected + ", found " + found + (detail == null ? "" : ": " + detail), where);
    this.expected = expected;
    this.found = found;
    this.detail = detail;
    this.index = index;
    _targetType = target;
  }

  /**
   * A token of the wrong type: a number where a string belongs.
   *
   * @param p the parser, at the token
   * @param target the type that was being read
   * @param expected what was expected, for example {@code "an EDTF date"}
   * @return the exception
   */
  public static BadValueException wrongToken(JsonParser p, Class<?> target, String expected) {
    return new BadValueException(p, target, expected, Describe.token(p), null, -1, p.currentTokenLocation());
  }

  /**
   * A string that does not hold what it should.
   *
   * @param p the parser, at the string
   * @param target the type that was being read
   * @param expected what was expected
   * @param text the string
   * @param detail why it is wrong, or {@code null}
   * @param index the index (in UTF-16 units) of the first character that could not be read, or -1
   * @return the exception
   */
  public static BadValueException badString(
      JsonParser p, Class<?> target, String expected, String text, @Nullable String detail, int index) {
    return new BadValueException(
        p, target, expected, Describe.quoted(text), detail, index, p.currentTokenLocation());
  }

  /**
   * A value that is wrong for a reason other than its type or text: an out-of-range number, a missing property.
   *
   * @param p the parser
   * @param target the type that was being read
   * @param expected what was expected
   * @param found what was found
   * @param where where the value starts
   * @return the exception
   */
  public static BadValueException badValue(
      JsonParser p, Class<?> target, String expected, String found, TokenStreamLocation where) {
    return new BadValueException(p, target, expected, found, null, -1, where);
  }

  /**
   * What was expected.
   *
   * @return for example {@code "an ISO 8601 date (YYYY-MM-DD)"}
   */
  public String expected() {
    return expected;
  }

  /**
   * What was found.
   *
   * @return for example {@code "a number"} or {@code "'2017-02-30'"}
   */
  public String found() {
    return found;
  }

  /**
   * Why the value is wrong, beyond what was expected.
   *
   * @return the detail, or {@code null}
   */
  public @Nullable String detail() {
    return detail;
  }

  /**
   * Where in a string value the problem is.
   *
   * @return the index in UTF-16 units, or -1
   */
  public int index() {
    return index;
  }
}
