package org.gcmkit.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One problem found in data: by a reader (a departure from RFC 5545, a repair made in lenient mode) or by a validator
 * (a broken constraint or domain rule).
 *
 * <p>Every finding has a stable {@linkplain #code() code} that programs can match on, a {@linkplain #severity()
 * severity}, a human-readable {@linkplain #message() message}, and where known a {@linkplain #hint() hint} how to fix
 * it, a {@linkplain #path() path} into the data and the {@linkplain #position() position} in the file it came from.
 * Findings are returned as data, never thrown.
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .code("GCM-TABLE-FACILITATOR")
 *     .severity(Severity.ERROR)
 *     .message("the facilitator of table cs-stock-t3 did not co-lead group session cs-stock-gs3")
 *     .hint("choose one of the two co-leads of the group session on the same Act")
 *     .path("events[cs-stock-t3].participants[0]")
 *     .build();
 * f.toString();   // "error GCM-TABLE-FACILITATOR: the facilitator of table cs-stock-t3 ..."
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable code of the rule or check, in upper case with hyphens, for example {@code "GCM-GROUP-SIZE"} or
   * {@code "ICAL-LINE-FOLDING"}. Codes never change meaning between releases.
   *
   * @return the code
   */
  @NotBlank
  public abstract String code();

  /**
   * How serious the finding is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * What is wrong, in a sentence a user can act on.
   *
   * @return the message
   */
  @NotBlank
  public abstract String message();

  /**
   * How to fix it.
   *
   * @return the hint, or empty when there is nothing useful to add to the message
   */
  public abstract Optional<String> hint();

  /**
   * Where in the data the problem is: ids and property names, for example
   * {@code "events[cs-stock-gs3].participants[2].personId"}, or for a calendar the component and property, for
   * example {@code "VCALENDAR/VEVENT[3]/DTEND"}.
   *
   * @return the path, or empty when the finding concerns the whole input
   */
  public abstract Optional<String> path();

  /**
   * Where in the file the problem is, when the data was read from a file.
   *
   * @return the position, or empty
   */
  public abstract Optional<SourcePosition> position();

  /**
   * Whether this finding is an {@link Severity#ERROR}.
   *
   * @return {@code true} for errors
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * The finding in the one-line form compilers use: {@code POSITION: SEVERITY CODE: MESSAGE}, with the position left
   * out when unknown.
   *
   * @return for example {@code "cal.ics:12:1: warning ICAL-LF-LINE-ENDING: line ends with LF, not CRLF"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    position().ifPresent(p -> sb.append(p).append(": "));
    sb.append(severity().label()).append(' ').append(code()).append(": ").append(message());
    return sb.toString();
  }

  /** Builds {@link Finding} values; {@code code}, {@code severity} and {@code message} are required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
