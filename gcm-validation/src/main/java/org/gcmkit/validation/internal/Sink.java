package org.gcmkit.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * Collects what the rules find, before messages are rendered: the rule, the data path and the arguments. A finding
 * on a record that carries a waiver for a waivable rule is kept apart as waived.
 */
public final class Sink {

  /** A finding before rendering. */
  public static final class Raw {
    final Rule rule;
    final String path;
    final String[] args;
    final @Nullable Waiver waiver;

    Raw(Rule rule, String path, String[] args, @Nullable Waiver waiver) {
      this.rule = rule;
      this.path = path;
      this.args = args;
      this.waiver = waiver;
    }

    /**
     * The rule.
     *
     * @return the rule
     */
    public Rule rule() {
      return rule;
    }

    /**
     * The data path.
     *
     * @return the path; empty for the whole input
     */
    public String path() {
      return path;
    }

    /**
     * The message arguments.
     *
     * @return a copy of the arguments
     */
    public String[] args() {
      return args.clone();
    }

    /**
     * The waiver that suspends the finding.
     *
     * @return the waiver, or {@code null} for a finding that stands
     */
    public @Nullable Waiver waiver() {
      return waiver;
    }
  }

  private final List<Raw> findings = new ArrayList<>();
  private @Nullable Map<String, Integer> eventIndex;

  /** Creates an empty sink. */
  public Sink() {}

  /**
   * Records a finding that no waiver can suspend, or that belongs to a record without waivers.
   *
   * @param rule the rule
   * @param path the data path
   * @param args the message arguments
   */
  public void add(Rule rule, String path, Object... args) {
    findings.add(new Raw(rule, path, strings(rule, args), null));
  }

  /**
   * Records a finding on a record with waivers: when one of them names the rule and the rule is waivable, the
   * finding is waived.
   *
   * @param rule the rule
   * @param waivers the waivers of the record the finding is about
   * @param path the data path
   * @param args the message arguments
   */
  public void add(Rule rule, List<Waiver> waivers, String path, Object... args) {
    Waiver waiver = null;
    if (rule.waivable()) {
      String base = rule.waiverCode();
      for (Waiver w : waivers) {
        if (w.code().equals(base) || w.code().equals(rule.code())) {
          waiver = w;
          break;
        }
      }
    }
    findings.add(new Raw(rule, path, strings(rule, args), waiver));
  }

  /**
   * Everything recorded, in the order recorded.
   *
   * @return the findings
   */
  public List<Raw> findings() {
    return findings;
  }

  /**
   * The index of the data set's events by id (the first event of each id) when the domain rules built it, so that
   * the report can order findings by event without building it again.
   *
   * @return the index, or empty when the rules did not run
   */
  public Optional<Map<String, Integer>> eventIndex() {
    return Optional.ofNullable(eventIndex);
  }

  /**
   * Keeps the index of the data set's events by id.
   *
   * @param index the index
   */
  void eventIndex(Map<String, Integer> index) {
    this.eventIndex = index;
  }

  private static String[] strings(Rule rule, Object[] args) {
    if (args.length != rule.arguments()) {
      throw new IllegalArgumentException(
          rule.code() + " takes " + rule.arguments() + " arguments, got " + args.length);
    }
    String[] s = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      s[i] = String.valueOf(args[i]);
    }
    return s;
  }
}
