package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A position in a source that gcmkit read: the source's name, a 1-based line and column, and for JSON the
 * <a href="https://www.rfc-editor.org/rfc/rfc6901">JSON pointer</a> of the value.
 *
 * <p>Columns count Unicode code points from 1, so that an editor's "go to column" lands on the character. Line and
 * column are 0 when unknown (a stream that is not line-oriented); {@link #toString()} then leaves them out.
 *
 * <pre>{@code
 * SourcePosition p = SourcePosition.of("calendar.ics", 12, 5);
 * p.toString();   // "calendar.ics:12:5"
 * }</pre>
 *
 * @since 0.1
 */
public final class SourcePosition {

  private final String source;
  private final int line;
  private final int column;
  private final @Nullable String pointer;

  private SourcePosition(String source, int line, int column, @Nullable String pointer) {
    this.source = Objects.requireNonNull(source, "source");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must not be negative: " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
    this.pointer = pointer;
  }

  /**
   * A position given by line and column.
   *
   * @param source the name of the file or stream, for example {@code "calendar.ics"}; may be empty
   * @param line the line, from 1; 0 when unknown
   * @param column the column in code points, from 1; 0 when unknown
   * @return the position
   * @throws IllegalArgumentException if line or column is negative
   */
  public static SourcePosition of(String source, int line, int column) {
    return new SourcePosition(source, line, column, null);
  }

  /**
   * A position in a JSON document, with the pointer of the value.
   *
   * @param source the name of the file or stream; may be empty
   * @param line the line, from 1; 0 when unknown
   * @param column the column, from 1; 0 when unknown
   * @param jsonPointer the RFC 6901 pointer of the value, for example {@code "/events/3/title"}
   * @return the position
   * @throws IllegalArgumentException if line or column is negative
   */
  public static SourcePosition ofJson(String source, int line, int column, String jsonPointer) {
    return new SourcePosition(source, line, column, Objects.requireNonNull(jsonPointer, "jsonPointer"));
  }

  /**
   * The name of the file or stream.
   *
   * @return the source name; may be empty
   */
  public String source() {
    return source;
  }

  /**
   * The line, counted from 1.
   *
   * @return the line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column, counted in code points from 1.
   *
   * @return the column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The JSON pointer of the value, for positions in JSON documents.
   *
   * @return the pointer, or empty for other formats
   */
  public Optional<String> jsonPointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * The same position in another source.
   *
   * @param newSource the name of the file or stream
   * @return a position with the same line, column and pointer
   */
  public SourcePosition withSource(String newSource) {
    return new SourcePosition(newSource, line, column, pointer);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SourcePosition p
        && source.equals(p.source)
        && line == p.line
        && column == p.column
        && Objects.equals(pointer, p.pointer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column, pointer);
  }

  /**
   * The position as {@code SOURCE:LINE:COLUMN}, leaving out what is unknown.
   *
   * @return for example {@code "data.json:12:7"}, {@code "data.json"} or {@code "12:7"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }
}
