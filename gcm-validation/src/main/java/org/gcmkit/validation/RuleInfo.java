package org.gcmkit.validation;

import java.util.Locale;
import java.util.Objects;
import org.gcmkit.model.Severity;
import org.gcmkit.validation.internal.Messages;
import org.gcmkit.validation.internal.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A rule that {@link GcmValidator} checks: its stable code, the severity of its findings, whether a waiver may
 * suspend it, the rule of the domain research it implements, and what it checks in a few words.
 *
 * <pre>{@code
 * for (RuleInfo r : GcmValidator.rules()) {
 *   System.out.println(r.code() + " " + r.severity().label() + " " + r.title(Locale.FRENCH));
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class RuleInfo {

  private final Rule rule;

  RuleInfo(Rule rule) {
    this.rule = rule;
  }

  /**
   * The stable code.
   *
   * @return for example {@code "GCM-GROUP-STAFFING"}
   * @since 0.1
   */
  public String code() {
    return rule.code();
  }

  /**
   * The severity of the rule's findings.
   *
   * @return error or warning
   * @since 0.1
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Whether a {@link org.gcmkit.model.Waiver} on an event or a document may suspend the rule for that record.
   *
   * @return {@code true} when waivable
   * @since 0.1
   */
  public boolean waivable() {
    return rule.waivable();
  }

  /**
   * The rule of gcmkit's domain research that this one implements: {@code "R1"} to {@code "R42"}; or {@code
   * "model"} for the model's field constraints, {@code "integrity"} for the soundness of the data, {@code "public"}
   * for a public rule outside the seeds.
   *
   * @return the reference
   * @since 0.1
   */
  public String reference() {
    return rule.reference();
  }

  /**
   * What the rule checks, in a few words.
   *
   * @param locale the language; English, French and Spanish are available, other languages get English
   * @return the title
   * @since 0.1
   */
  public String title(Locale locale) {
    return Messages.forLocale(locale).title(rule);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RuleInfo && ((RuleInfo) o).rule == rule;
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(rule);
  }

  /**
   * The code and severity.
   *
   * @return for example {@code "GCM-GROUP-STAFFING (error)"}
   */
  @Override
  public String toString() {
    return rule.code() + " (" + rule.severity().label() + ")";
  }
}
