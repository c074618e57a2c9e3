package org.gcmkit.validation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.gcmkit.model.Benchmark;
import org.gcmkit.model.Direction;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Target;

/**
 * R38: "Goals, targets and indicators in 2/5/12 year framework"; "Targets with specific time period". Every indicator
 * has benchmarks at 2, 5 and 12 years, each due that many years after its target's adoption, moving from the
 * baseline toward the target in the indicator's direction.
 */
final class GoalRules {

  /** The years of the 2/5/12 framework. */
  static final int[] FRAMEWORK_YEARS = {2, 5, 12};

  private GoalRules() {}

  static void goal(Sink sink, Goal g, String path) {
    for (Target t : g.targets()) {
      target(sink, t, Paths.at(Paths.join(path, "targets"), t.id()));
    }
  }

  static void target(Sink sink, Target t, String path) {
    if (t.period().isEmpty()) {
      sink.add(Rule.TARGET_PERIOD, Paths.join(path, "period"), t.id());
    }
    boolean benchmarks = false;
    for (Indicator ind : t.indicators()) {
      benchmarks |= !ind.benchmarks().isEmpty();
      indicator(sink, ind, Paths.at(Paths.join(path, "indicators"), ind.id()), t.adoptedOn());
    }
    if (benchmarks && t.adoptedOn().isEmpty()) {
      sink.add(Rule.TARGET_ADOPTION, Paths.join(path, "adoptedOn"), t.id());
    }
  }

  static void indicator(Sink sink, Indicator ind, String path, Optional<LocalDate> adoptedOn) {
    List<Benchmark> bs = ind.benchmarks();
    String bp = Paths.join(path, "benchmarks");
    TreeMap<Integer, Integer> byYears = new TreeMap<>();
    for (int k = 0; k < bs.size(); k++) {
      Integer before = byYears.putIfAbsent(bs.get(k).years(), k);
      if (before != null) {
        sink.add(Rule.BENCHMARK_DUPLICATE, Paths.at(bp, k), ind.id(), bs.get(k).years());
      }
    }
    List<String> missing = new ArrayList<>();
    for (int y : FRAMEWORK_YEARS) {
      if (!byYears.containsKey(y)) {
        missing.add(String.valueOf(y));
      }
    }
    if (!missing.isEmpty()) {
      sink.add(Rule.BENCHMARK_MISSING, bp, ind.id(), String.join(", ", missing));
    }
    if (adoptedOn.isPresent()) {
      for (int k = 0; k < bs.size(); k++) {
        Benchmark b = bs.get(k);
        LocalDate expected = adoptedOn.get().plusYears(b.years());
        if (!b.due().equals(expected)) {
          sink.add(Rule.BENCHMARK_DUE, Paths.join(Paths.at(bp, k), "due"), ind.id(), b.years(), b.due(), expected);
        }
      }
    }
    int sign = ind.direction() == Direction.INCREASE ? 1 : -1;
    BigDecimal previous = ind.baseline().map(m -> m.value()).orElse(null);
    List<Integer> order = new ArrayList<>(byYears.values());
    order.sort(Comparator.comparingInt(k -> bs.get(k).years()));
    for (int k : order) {
      Benchmark b = bs.get(k);
      if (previous != null && sign * b.value().compareTo(previous) < 0) {
        sink.add(Rule.BENCHMARK_DIRECTION, Paths.join(Paths.at(bp, k), "value"), ind.id(), ind.direction(),
            b.years(), b.value().toPlainString(), previous.toPlainString());
      }
      previous = b.value();
    }
  }
}
