package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The dotted code of a Sustainable Development Goal, target or indicator: {@code 10} (a goal), {@code 10.7} or
 * {@code 10.a} (a target), {@code 10.7.2} or {@code 10.a.1} (an indicator).
 *
 * <p>Goals are numbered 1 to 17. A target is a number or a single lower-case letter; an indicator is a number.
 * Numbers are written without leading zeros and have at most two digits. The class checks the form of a code, not
 * whether the United Nations defined that target or indicator. Codes sort in the natural SDG order: a goal before its
 * targets, a target before its indicators, numbered targets by number and before lettered ones
 * ({@code 10.2 < 10.10 < 10.a}).
 *
 * <pre>{@code
 * SdgCode code = SdgCode.parse("10.7.2");
 * code.goal();                                  // 10
 * code.target();                                // Optional["7"]
 * code.indicator();                             // OptionalInt[2]
 * code.parent();                                // Optional[10.7]
 * code.isWithin(SdgCode.parse("10"));           // true
 * }</pre>
 *
 * <p>Values are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SdgCode implements Comparable<SdgCode> {

  private static final int MAX_GOAL = 17;
  /** The sort key of the first lettered target, above every numbered one. */
  private static final int LETTER_KEY = 100;

  private final int goal;
  private final @Nullable String target;
  /** 0 for a goal, the number of a numbered target, or {@link #LETTER_KEY} plus the letter's offset from 'a'. */
  private final int targetKey;
  /** 0 when there is no indicator. */
  private final int indicator;

  private SdgCode(int goal, @Nullable String target, int targetKey, int indicator) {
    this.goal = goal;
    this.target = target;
    this.targetKey = targetKey;
    this.indicator = indicator;
  }

  /**
   * Reads a dotted code.
   *
   * <pre>{@code
   * SdgCode.parse("17.18.1");   // an indicator
   * SdgCode.parse("10.a");      // a target
   * SdgCode.parse("18");        // IllegalArgumentException: goals are numbered 1 to 17
   * }</pre>
   *
   * @param text the code, without surrounding white space
   * @return the code
   * @throws IllegalArgumentException if the text is not a code of this form; the message gives the index of the
   *     first character that could not be read and what was expected there
   */
  public static SdgCode parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int length = text.length();
    if (length == 0) {
      throw error(text, 0, "the text is empty; expected a goal, target or indicator such as 10, 10.7, 10.a or 10.7.2");
    }
    int pos = 0;
    int goal = number(text, pos, "a goal number 1 to " + MAX_GOAL);
    int goalEnd = pos + digits(text, pos);
    if (goal < 1 || goal > MAX_GOAL) {
      throw error(text, pos, "goals are numbered 1 to " + MAX_GOAL + ", not " + goal);
    }
    pos = goalEnd;
    if (pos == length) {
      return new SdgCode(goal, null, 0, 0);
    }
    requireDot(text, pos, "'.' and a target");
    pos++;
    if (pos == length) {
      throw error(text, pos, "expected a target after '.': a number or a lower-case letter");
    }
    char c = text.charAt(pos);
    String target;
    int targetKey;
    if (c >= 'a' && c <= 'z') {
      target = String.valueOf(c);
      targetKey = LETTER_KEY + (c - 'a');
      pos++;
      if (pos < length && text.charAt(pos) >= 'a' && text.charAt(pos) <= 'z') {
        throw error(text, pos, "a lettered target has a single letter");
      }
    } else if (c >= 'A' && c <= 'Z') {
      throw error(text, pos, "a target letter is written in lower case: " + goal + "." + Character.toLowerCase(c));
    } else {
      targetKey = number(text, pos, "a target: a number or a lower-case letter");
      int n = digits(text, pos);
      target = text.subSequence(pos, pos + n).toString();
      pos += n;
    }
    if (pos == length) {
      return new SdgCode(goal, target, targetKey, 0);
    }
    requireDot(text, pos, "'.' and an indicator number");
    pos++;
    if (pos == length) {
      throw error(text, pos, "expected an indicator number after '.'");
    }
    int indicator = number(text, pos, "an indicator number");
    pos += digits(text, pos);
    if (pos < length) {
      throw error(text, pos, text.charAt(pos) == '.'
          ? "an indicator is the last part of a code: goal.target.indicator"
          : "unexpected '" + text.charAt(pos) + "'; expected the end of the code after the indicator");
    }
    return new SdgCode(goal, target, targetKey, indicator);
  }

  /** Reads a number of one or two digits without a leading zero at {@code pos}, which is before the end. */
  private static int number(CharSequence text, int pos, String expected) {
    int n = digits(text, pos);
    if (n == 0) {
      throw error(text, pos, "expected " + expected);
    }
    if (text.charAt(pos) == '0') {
      throw error(text, pos, "numbers in SDG codes have no leading zeros and are not 0");
    }
    if (n > 2) {
      throw error(text, pos, "numbers in SDG codes have at most two digits");
    }
    int value = 0;
    for (int i = pos; i < pos + n; i++) {
      value = value * 10 + (text.charAt(i) - '0');
    }
    return value;
  }

  private static int digits(CharSequence text, int pos) {
    int i = pos;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - pos;
  }

  private static void requireDot(CharSequence text, int pos, String expected) {
    if (text.charAt(pos) != '.') {
      throw error(text, pos, "unexpected '" + text.charAt(pos) + "'; expected " + expected + " or the end of the code");
    }
  }

  private static IllegalArgumentException error(CharSequence text, int index, String detail) {
    CharSequence shown = text.length() <= 40 ? text : text.subSequence(0, 40) + "...";
    return new IllegalArgumentException("Cannot read '" + shown + "' as an SDG code at index " + index + ": " + detail);
  }

  /**
   * The goal, 1 to 17.
   *
   * @return the goal number
   */
  public int goal() {
    return goal;
  }

  /**
   * The target within the goal, as written: a number such as {@code "7"} or a letter such as {@code "a"}.
   *
   * @return the target, or empty for a goal
   */
  public Optional<String> target() {
    return Optional.ofNullable(target);
  }

  /**
   * The indicator within the target.
   *
   * @return the indicator number, or empty for a goal or a target
   */
  public OptionalInt indicator() {
    return indicator == 0 ? OptionalInt.empty() : OptionalInt.of(indicator);
  }

  /**
   * Whether this is a goal, such as {@code 10}.
   *
   * @return true for a goal
   */
  public boolean isGoal() {
    return target == null;
  }

  /**
   * Whether this is a target, such as {@code 10.7} or {@code 10.a}.
   *
   * @return true for a target
   */
  public boolean isTarget() {
    return target != null && indicator == 0;
  }

  /**
   * Whether this is an indicator, such as {@code 10.7.2}.
   *
   * @return true for an indicator
   */
  public boolean isIndicator() {
    return indicator != 0;
  }

  /**
   * The code one level up: the target of an indicator, the goal of a target.
   *
   * <pre>{@code
   * SdgCode.parse("10.a.1").parent();   // Optional[10.a]
   * SdgCode.parse("10").parent();       // Optional.empty
   * }</pre>
   *
   * @return the parent, or empty for a goal
   */
  public Optional<SdgCode> parent() {
    if (indicator != 0) {
      return Optional.of(new SdgCode(goal, target, targetKey, 0));
    }
    if (target != null) {
      return Optional.of(new SdgCode(goal, null, 0, 0));
    }
    return Optional.empty();
  }

  /**
   * Whether this code is the given one or lies below it: {@code 10.7.2} is within {@code 10.7}, within {@code 10}
   * and within itself.
   *
   * @param ancestor the goal, target or indicator
   * @return true if this code equals {@code ancestor} or is one of its descendants
   */
  public boolean isWithin(SdgCode ancestor) {
    Objects.requireNonNull(ancestor, "ancestor");
    if (goal != ancestor.goal) {
      return false;
    }
    if (ancestor.target == null) {
      return true;
    }
    if (targetKey != ancestor.targetKey) {
      return false;
    }
    return ancestor.indicator == 0 || indicator == ancestor.indicator;
  }

  /**
   * Compares in the natural SDG order: by goal, then target (none first, numbered by number, then lettered by
   * letter), then indicator (none first). {@code 10 < 10.2 < 10.2.1 < 10.10 < 10.a < 10.a.1 < 11}.
   *
   * @param other the other code
   * @return a negative number, zero or a positive number as this code sorts before, with or after the other
   */
  @Override
  public int compareTo(SdgCode other) {
    int c = Integer.compare(goal, other.goal);
    if (c == 0) {
      c = Integer.compare(targetKey, other.targetKey);
    }
    if (c == 0) {
      c = Integer.compare(indicator, other.indicator);
    }
    return c;
  }

  /**
   * Whether another object is the same code.
   *
   * @param obj the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof SdgCode)) {
      return false;
    }
    SdgCode o = (SdgCode) obj;
    return goal == o.goal && targetKey == o.targetKey && indicator == o.indicator;
  }

  /**
   * A hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (goal * 256 + targetKey) * 128 + indicator;
  }

  /**
   * The canonical dotted form, which {@link #parse} reads back: {@code 10}, {@code 10.7}, {@code 10.a.1}.
   *
   * @return the code
   */
  @Override
  public String toString() {
    if (target == null) {
      return Integer.toString(goal);
    }
    String t = goal + "." + target;
    return indicator == 0 ? t : t + "." + indicator;
  }
}
