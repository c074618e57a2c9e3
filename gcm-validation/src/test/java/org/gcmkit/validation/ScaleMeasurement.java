package org.gcmkit.validation;

import java.util.Locale;
import org.gcmkit.model.DataSet;

/**
 * An informal measurement of validation time on generated data sets (JMH benchmarks live in the benchmarks module).
 * Run with the test class path: {@code java -Xmx6g -cp ... org.gcmkit.validation.ScaleMeasurement 100000 1000000}.
 * Prints, per size, the time of the field constraints alone, the domain rules alone, and both.
 */
public final class ScaleMeasurement {

  private ScaleMeasurement() {}

  /**
   * Runs the measurement.
   *
   * @param args the numbers of events
   */
  public static void main(String[] args) {
    GcmValidator validator = GcmValidator.create();
    validator.validate(LargeDataSets.generate(20_000));
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      long t0 = System.nanoTime();
      DataSet data = LargeDataSets.generate(n);
      long t1 = System.nanoTime();
      for (int run = 1; run <= 3; run++) {
        long a = System.nanoTime();
        ValidationReport fields = validator.validateFields(data);
        long b = System.nanoTime();
        ValidationReport rules = validator.validateRules(data);
        long c = System.nanoTime();
        ValidationReport all = validator.validate(data);
        long d = System.nanoTime();
        System.out.printf(Locale.ROOT,
            "events=%d people=%d generate=%.2fs run=%d fields=%.2fs rules=%.2fs all=%.2fs findings=%d/%d/%d%n",
            data.events().size(), data.people().size(), (t1 - t0) / 1e9, run, (b - a) / 1e9, (c - b) / 1e9,
            (d - c) / 1e9, fields.findings().size(), rules.findings().size(), all.findings().size());
      }
    }
  }
}
