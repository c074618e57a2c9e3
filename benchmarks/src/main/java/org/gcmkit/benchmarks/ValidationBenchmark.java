package org.gcmkit.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gcmkit.model.DataSet;
import org.gcmkit.validation.AccessorPropertySelectionStrategy;
import org.gcmkit.validation.GcmValidator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating a data set: {@link GcmValidator#validate(DataSet)} (field constraints and every domain rule, with a
 * report) against the floor of per-object Hibernate Validator calls alone: {@code validator.validate(obj)} for
 * each phase, event, organisation and person, with the same Hibernate Validator configuration (accessor getters,
 * no Expression Language) and cascading into their nested values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidationBenchmark {

  /** The number of events of the data set. */
  @Param({"10000", "100000", "1000000"})
  public int events;

  private DataSet data;
  private GcmValidator gcm;
  private Validator hibernate;

  /** Builds the data set and the validators. */
  @Setup
  public void setUp() {
    data = DataSetGenerator.dataSet(events, Inputs.SEED);
    gcm = GcmValidator.create();
    hibernate = plainValidator();
  }

  /**
   * A plain Hibernate Validator configured as gcmkit's.
   *
   * @return the validator
   */
  static Validator plainValidator() {
    return Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * gcmkit.
   *
   * @return the number of findings
   */
  @Benchmark
  public int gcmkit() {
    return gcm.validate(data).findings().size();
  }

  /**
   * Hibernate Validator, one call per object.
   *
   * @return the number of violations
   */
  @Benchmark
  public int hibernateValidator() {
    return perObject(hibernate, data);
  }

  static int perObject(Validator validator, DataSet data) {
    int n = 0;
    for (Object o : data.phases()) {
      n += validator.validate(o).size();
    }
    for (Object o : data.events()) {
      n += validator.validate(o).size();
    }
    for (Object o : data.organisations()) {
      n += validator.validate(o).size();
    }
    for (Object o : data.people()) {
      n += validator.validate(o).size();
    }
    return n;
  }
}
