package org.gcmkit.validation;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Finding;
import org.gcmkit.model.SourceMap;
import org.gcmkit.validation.internal.Engine;
import org.gcmkit.validation.internal.FieldValidation;
import org.gcmkit.validation.internal.Messages;
import org.gcmkit.validation.internal.Rule;
import org.gcmkit.validation.internal.Sink;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Validates gcmkit data and returns a {@link ValidationReport}; invalid data never makes it throw.
 *
 * <p>Two kinds of checks run:
 *
 * <ul>
 *   <li><b>Field constraints</b> declared on the model ({@code @NotBlank} titles, {@code @CountryCode} countries,
 *       {@code @LanguageTag} languages, numbers in range), checked by Hibernate Validator with gcmkit's {@link
 *       AccessorPropertySelectionStrategy} and a {@link ParameterMessageInterpolator} (no Expression Language is
 *       needed). Codes: {@code GCM-FIELD-*}.
 *   <li><b>Domain rules</b> across records: times and zones, phases and parents, the programme of the civil
 *       society stocktaking of December 2017 (group sessions, rounds, tables with governments), regional
 *       consultations, accreditation, concept notes, votes, the 2/5/12-year benchmarks, references, ids and, for a
 *       data set that claims to be {@linkplain DataSet#complete() complete}, the counts the seeds fix. Every rule
 *       runs in O(n log n) or better. {@link #rules()} lists them.
 * </ul>
 *
 * <p>Each finding has a stable code, a severity, a message and a hint in the validator's language (English, French
 * or Spanish), a data path such as {@code events[cs-stock-gs3].participants[2].personId}, and, when a {@link
 * SourceMap} is given, the position in the file the data came from. A finding on an event or a document that
 * carries a {@link org.gcmkit.model.Waiver} for a waivable rule is listed as {@linkplain ValidationReport#waived()
 * waived} instead.
 *
 * <pre>{@code
 * GcmValidator validator = GcmValidator.create().withLocale(Locale.FRENCH);
 * ValidationReport report = validator.validate(data, sourceMap);
 * report.errors().forEach(System.out::println);   // data.json:120:7: error GCM-GROUP-STAFFING: ...
 *
 * validator.validate(event);                       // one value: its fields and its own rules
 * }</pre>
 *
 * <p>A validator is immutable and thread-safe; its Hibernate Validator factory is built once per JVM and shared,
 * so {@link #create()} is cheap after the first call.
 *
 * @since 0.1
 */
public final class GcmValidator {

  /** The Jakarta validator, built on first use. */
  private static final class Shared {
    static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .getterPropertySelectionStrategy(new AccessorPropertySelectionStrategy())
        .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
    static final FieldValidation FIELDS = new FieldValidation(VALIDATOR);
  }

  /** The Jakarta validator the field checks use (for tests in this package). */
  static Validator jakartaValidator() {
    return Shared.VALIDATOR;
  }

  /** The field checks of every validator (for tests in this package). */
  static FieldValidation fieldValidation() {
    return Shared.FIELDS;
  }

  private static final List<String> SECTIONS = List.of("phases", "events", "organisations", "people", "memberships",
      "accreditations", "acts", "objectives", "goals", "documents");

  private final Locale locale;

  private GcmValidator(Locale locale) {
    this.locale = locale;
  }

  /**
   * A validator that reports in English.
   *
   * @return the validator
   * @since 0.1
   */
  public static GcmValidator create() {
    return new GcmValidator(Locale.ENGLISH);
  }

  /**
   * A validator that reports in another language: English, French and Spanish are available; any other language
   * gets English.
   *
   * @param newLocale the locale of messages and hints
   * @return a validator with that locale
   * @since 0.1
   */
  public GcmValidator withLocale(Locale newLocale) {
    return new GcmValidator(Objects.requireNonNull(newLocale, "locale"));
  }

  /**
   * The locale of messages and hints.
   *
   * @return the locale
   * @since 0.1
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Every rule this validator checks, field constraints first.
   *
   * @return the rules, in a stable order
   * @since 0.1
   */
  public static List<RuleInfo> rules() {
    List<RuleInfo> out = new ArrayList<>();
    for (Rule r : Rule.values()) {
      out.add(new RuleInfo(r));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Validates a data set: field constraints and every domain rule.
   *
   * @param data the data set
   * @return the report
   * @since 0.1
   */
  public ValidationReport validate(DataSet data) {
    return validate(data, SourceMap.empty());
  }

  /**
   * Validates a data set read from a file, putting the file position of each finding in the report.
   *
   * @param data the data set
   * @param sourceMap where the reader found each value
   * @return the report
   * @since 0.1
   */
  public ValidationReport validate(DataSet data, SourceMap sourceMap) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(sourceMap, "sourceMap");
    Sink sink = new Sink();
    Shared.FIELDS.validate(data, sink);
    Engine.rules(data, sink);
    return report(sink, sourceMap, data);
  }

  /**
   * Validates any model value on its own: its field constraints (and those of the values it holds), and the domain
   * rules that need nothing else — for an event its timings, staffing and headcounts; for a document its vote; for
   * an accreditation its deadline, quota and representatives; for a goal, target or indicator its benchmarks. A
   * {@link DataSet} is validated in full. Paths are relative to the value ({@code participants[2].personId}).
   *
   * @param value the value
   * @return the report
   * @since 0.1
   */
  public ValidationReport validate(Object value) {
    Objects.requireNonNull(value, "value");
    if (value instanceof DataSet) {
      return validate((DataSet) value);
    }
    Sink sink = new Sink();
    Shared.FIELDS.validate(value, sink);
    Engine.rulesOfValue(value, sink);
    return report(sink, SourceMap.empty(), null);
  }

  /**
   * Checks only the field constraints of a value, with Hibernate Validator (one call for a model value, one per
   * record for a data set): the floor that benchmarks compare the domain rules against.
   *
   * @param value the value, a data set or any model value
   * @return the report
   * @since 0.1
   */
  public ValidationReport validateFields(Object value) {
    Objects.requireNonNull(value, "value");
    Sink sink = new Sink();
    Shared.FIELDS.validate(value, sink);
    return report(sink, SourceMap.empty(), value instanceof DataSet ? (DataSet) value : null);
  }

  /**
   * Checks only the domain rules of a data set, without its field constraints.
   *
   * @param data the data set
   * @return the report
   * @since 0.1
   */
  public ValidationReport validateRules(DataSet data) {
    Objects.requireNonNull(data, "data");
    Sink sink = new Sink();
    Engine.rules(data, sink);
    return report(sink, SourceMap.empty(), data);
  }

  private ValidationReport report(Sink sink, SourceMap sourceMap, @Nullable DataSet data) {
    Messages m = Messages.forLocale(locale);
    List<Sink.Raw> raws = new ArrayList<>(sink.findings());
    raws.sort(order(data, sink));
    List<Finding> findings = new ArrayList<>();
    List<WaivedFinding> waived = new ArrayList<>();
    for (Sink.Raw r : raws) {
      Rule rule = r.rule();
      Object[] args = r.args();
      Finding.Builder b = Finding.builder()
          .code(rule.code())
          .severity(rule.severity())
          .message(m.message(rule, args))
          .hint(m.hint(rule, args));
      if (!r.path().isEmpty()) {
        b.path(r.path());
        sourceMap.find(r.path()).ifPresent(b::position);
      }
      Finding f = b.build();
      if (r.waiver() != null) {
        waived.add(new WaivedFinding(f, r.waiver()));
      } else {
        findings.add(f);
      }
    }
    return new ValidationReport(findings, waived, m.locale());
  }

  /**
   * The stable order of findings: by the section of the data set (phases, events, ...), by the position of the
   * record in its list, then by path, code and arguments.
   */
  private static Comparator<Sink.Raw> order(@Nullable DataSet data, Sink sink) {
    Map<String, Map<String, Integer>> indexes = new HashMap<>();
    sink.eventIndex().ifPresent(index -> indexes.put("events", index));
    Function<Sink.Raw, String> section = r -> section(r.path());
    Comparator<Sink.Raw> bySection = Comparator.comparingInt(r -> {
      int s = SECTIONS.indexOf(section.apply(r));
      return s < 0 ? SECTIONS.size() : s;
    });
    Comparator<Sink.Raw> byRecord = Comparator.comparingInt(r -> recordIndex(r.path(), data, indexes));
    return bySection.thenComparing(byRecord)
        .thenComparing(Sink.Raw::path)
        .thenComparing(r -> r.rule().code())
        .thenComparing(r -> String.join("\u0000", r.args()));
  }

  private static String section(String path) {
    int end = 0;
    while (end < path.length() && path.charAt(end) != '[' && path.charAt(end) != '.') {
      end++;
    }
    return path.substring(0, end);
  }

  private static int recordIndex(String path, @Nullable DataSet data,
      Map<String, Map<String, Integer>> indexes) {
    String section = section(path);
    if (data == null || section.length() >= path.length() || path.charAt(section.length()) != '[') {
      return -1;
    }
    int close = path.indexOf(']', section.length());
    if (close < 0) {
      return -1;
    }
    String key = path.substring(section.length() + 1, close);
    Map<String, Integer> index = indexes.computeIfAbsent(section, s -> ids(s, data));
    Integer i = index.get(key);
    if (i != null) {
      return i;
    }
    try {
      return Integer.parseInt(key);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static Map<String, Integer> ids(String section, DataSet data) {
    List<String> ids = new ArrayList<>();
    switch (section) {
      case "phases":
        data.phases().forEach(p -> ids.add(p.id()));
        break;
      case "events":
        data.events().forEach(e -> ids.add(e.id()));
        break;
      case "organisations":
        data.organisations().forEach(o -> ids.add(o.id()));
        break;
      case "people":
        data.people().forEach(p -> ids.add(p.id()));
        break;
      case "accreditations":
        data.accreditations().forEach(a -> ids.add(a.id()));
        break;
      case "goals":
        data.goals().forEach(g -> ids.add(g.id()));
        break;
      case "documents":
        data.documents().forEach(d -> ids.add(d.id()));
        break;
      default:
        break;
    }
    Map<String, Integer> out = new HashMap<>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      out.putIfAbsent(ids.get(i), i);
    }
    return out;
  }
}
