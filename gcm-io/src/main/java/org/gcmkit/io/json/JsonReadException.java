package org.gcmkit.io.json;

import org.gcmkit.model.GcmException;
import org.gcmkit.model.SourcePosition;
import org.jspecify.annotations.Nullable;

/**
 * A JSON document that gcmkit cannot read: not JSON, truncated, not a gcmkit document, a value of the wrong type, an
 * unknown property, a missing required property, a read limit exceeded.
 *
 * <p>The {@linkplain #position() position} has the line and the column (in Unicode code points, both from 1) where
 * the problem was found and the <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON pointer</a> of the value; the
 * message says what was expected and what was found:
 *
 * <pre>{@code
 * try {
 *   GcmJson.defaults().read(Path.of("data.json"));
 * } catch (JsonReadException e) {
 *   e.getMessage();   // "data.json:12:16: expected a string at /events/3/title, found a number"
 *   e.pointer();      // "/events/3/title"
 *   e.line();         // 12
 * }
 * }</pre>
 *
 * <p>A document read from a {@link tools.jackson.databind.JsonNode} has no lines: its positions have the pointer
 * only, with line and column 0.
 *
 * @since 0.1
 */
public class JsonReadException extends GcmException {

  private static final long serialVersionUID = 1L;

  /** Kept apart from the superclass's optional position, which is always present here. */
  private final SourcePosition where;

  /**
   * An exception at a position in a JSON document.
   *
   * @param message what was expected and what was found, without the position prefix
   * @param position where: line, column and JSON pointer
   * @param cause the underlying exception, or {@code null}
   * @throws IllegalArgumentException if the position has no JSON pointer
   */
  public JsonReadException(String message, SourcePosition position, @Nullable Throwable cause) {
    super(message, position, cause);
    if (position.jsonPointer().isEmpty()) {
      throw new IllegalArgumentException("a JSON read error needs a position with a JSON pointer: " + position);
    }
    this.where = position;
  }

  /**
   * The JSON pointer of the value where reading failed.
   *
   * @return the pointer, for example {@code "/events/3/title"}; {@code ""} for the whole document
   */
  public String pointer() {
    return where.jsonPointer().orElse("");
  }

  /**
   * The line where reading failed.
   *
   * @return the line from 1, or 0 when the document had no lines (a tree)
   */
  public int line() {
    return where.line();
  }

  /**
   * The column where reading failed, in Unicode code points.
   *
   * @return the column from 1, or 0 when the document had no lines (a tree)
   */
  public int column() {
    return where.column();
  }
}
