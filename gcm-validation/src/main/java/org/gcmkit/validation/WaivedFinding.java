package org.gcmkit.validation;

import java.util.Objects;
import org.gcmkit.model.Finding;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * A finding that a {@link Waiver} on its record suspends: reported apart, with the waiver, so that accepted
 * exceptions stay visible. The seeds' example: concept notes should be out four weeks before their session, and
 * "That will not happen for first one".
 *
 * <pre>{@code
 * for (WaivedFinding w : report.waived()) {
 *   System.out.println(w.finding().code() + " waived: " + w.waiver().reason());
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class WaivedFinding {

  private final Finding finding;
  private final Waiver waiver;

  WaivedFinding(Finding finding, Waiver waiver) {
    this.finding = Objects.requireNonNull(finding, "finding");
    this.waiver = Objects.requireNonNull(waiver, "waiver");
  }

  /**
   * The finding, as it would have been reported.
   *
   * @return the finding
   * @since 0.1
   */
  public Finding finding() {
    return finding;
  }

  /**
   * The waiver that suspends it.
   *
   * @return the waiver
   * @since 0.1
   */
  public Waiver waiver() {
    return waiver;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof WaivedFinding && finding.equals(((WaivedFinding) o).finding)
        && waiver.equals(((WaivedFinding) o).waiver);
  }

  @Override
  public int hashCode() {
    return Objects.hash(finding, waiver);
  }

  /**
   * The finding in one line, marked as waived, with the waiver's reason.
   *
   * @return for example {@code "waived GCM-CONCEPT-NOTE-LEAD-TIME: concept note cn-ts1 ... (waiver: ...)"}
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    finding.position().ifPresent(p -> sb.append(p).append(": "));
    return sb.append("waived ").append(finding.code()).append(": ").append(finding.message())
        .append(" (waiver: ").append(waiver.reason()).append(')').toString();
  }
}
