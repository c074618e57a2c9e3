package org.gcmkit.calendar.recur;

import org.gcmkit.model.GcmException;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A RECUR value (RFC 5545 section 3.3.10) that cannot be parsed.
 *
 * <p>{@link #offset()} is the index of the offending character in the rule text, so that a reader can turn it into a
 * line and column of its file.
 *
 * @since 0.1
 */
public final class RecurrenceRuleException extends GcmException {

  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /** The 0-based index of the offending character in the rule text. */
  private final int offset;

  /**
   * An exception at an offset of the rule text.
   *
   * @param message what is wrong and how to fix it
   * @param offset the 0-based index of the offending character in the rule text
   * @param position where the rule text starts in its file, or {@code null}
   */
  public RecurrenceRuleException(String message, int offset, @Nullable SourcePosition position) {
    super(message, position, null);
    this.offset = offset;
  }

  /**
   * The 0-based index of the offending character in the rule text.
   *
   * @return the offset
   */
  public int offset() {
    return offset;
  }
}
