package org.gcmkit.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that gcmkit throws for bad input: a file that cannot be parsed, a document in the
 * wrong format, a limit exceeded.
 *
 * <p>Programmer errors (a {@code null} argument, an argument out of range, a call in the wrong state) are reported
 * with the JDK's {@link NullPointerException}, {@link IllegalArgumentException} and {@link IllegalStateException}
 * instead. Problems found by validation are never thrown: the validator returns them as data.
 *
 * <p>When the problem was found in a file or stream, {@link #position()} says where, and the message starts with
 * the position in the usual {@code FILE:LINE:COLUMN: } form so that it can be printed as it is.
 *
 * <pre>{@code
 * try {
 *   DataSet data = GcmJson.read(path);
 * } catch (GcmException e) {
 *   System.err.println(e.getMessage());   // "data.json:12:7: expected a string at /events/3/title, found a number"
 *   e.position().ifPresent(p -> highlight(p.line(), p.column()));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public class GcmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The position, or {@code null}: {@link Optional} is not serializable. */
  private final @Nullable SourcePosition position;

  /** The message without the position prefix. */
  private final String detail;

  /**
   * An exception with a message and no position.
   *
   * @param message what went wrong and, where possible, how to fix it
   */
  public GcmException(String message) {
    this(message, null, null);
  }

  /**
   * An exception with a message and a cause, without a position.
   *
   * @param message what went wrong and, where possible, how to fix it
   * @param cause the underlying exception
   */
  public GcmException(String message, @Nullable Throwable cause) {
    this(message, null, cause);
  }

  /**
   * An exception at a position in a source.
   *
   * @param message what went wrong and, where possible, how to fix it
   * @param position where it went wrong, or {@code null} when unknown
   * @param cause the underlying exception, or {@code null}
   */
  public GcmException(String message, @Nullable SourcePosition position, @Nullable Throwable cause) {
    super(position == null ? Objects.requireNonNull(message, "message") : position + ": " + message, cause);
    this.position = position;
    this.detail = message;
  }

  /**
   * Where the problem was found, when it came from a file or a stream.
   *
   * @return the position, or empty when the problem has no position
   */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  /**
   * The message without the position prefix.
   *
   * @return what went wrong, without where
   */
  public String detail() {
    return detail;
  }
}
