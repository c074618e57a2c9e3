package org.gcmkit.io.json.internal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.gcmkit.model.AccreditationKind;
import org.gcmkit.model.AccreditationStatus;
import org.gcmkit.model.Accreditation;
import org.gcmkit.model.Act;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Benchmark;
import org.gcmkit.model.Commission;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.DatePrecision;
import org.gcmkit.model.Direction;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Finding;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.GeoPoint;
import org.gcmkit.model.Goal;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.Indicator;
import org.gcmkit.model.Measurement;
import org.gcmkit.model.Membership;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Organisation;
import org.gcmkit.model.OrganisationType;
import org.gcmkit.model.PartOfMonth;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.ProgressStatus;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Recurrence;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeAnchor;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.ReportEntry;
import org.gcmkit.model.Representative;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.SdgCode;
import org.gcmkit.model.Season;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Severity;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;
import org.jspecify.annotations.Nullable;

/**
 * What the format holds: for every model type its mix-ins, its name in messages and its properties in format order.
 * The property order of the records is read once from their mix-ins' {@link JsonPropertyOrder}, so that there is one
 * place that states it.
 */
public final class FormatCatalog {

  /** The value of the {@code format} property of a gcmkit/1 document. */
  public static final String FORMAT = "gcmkit/1";

  /** A record type, bound by a value mix-in and, unless it has a factory, a builder mix-in. */
  public static final class Binding {
    final Class<?> type;
    final @Nullable Class<?> builder;
    final Class<?> mixin;
    final @Nullable Class<?> builderMixin;
    final String displayName;
    final @Nullable Supplier<?> newBuilder;

    Binding(
        Class<?> type,
        @Nullable Class<?> builder,
        Class<?> mixin,
        @Nullable Class<?> builderMixin,
        String displayName,
        @Nullable Supplier<?> newBuilder) {
      this.type = type;
      this.builder = builder;
      this.mixin = mixin;
      this.builderMixin = builderMixin;
      this.displayName = displayName;
      this.newBuilder = newBuilder;
    }

    /**
     * The model type.
     *
     * @return the type
     */
    public Class<?> type() {
      return type;
    }
  }

  private static final List<Binding> RECORDS = List.of(
      new Binding(Phase.class, Phase.Builder.class, ModelMixins.PhaseJson.class,
          ModelMixins.PhaseBuilderJson.class, "phase", Phase::builder),
      new Binding(Event.class, Event.Builder.class, ModelMixins.EventJson.class,
          ModelMixins.EventBuilderJson.class, "event", Event::builder),
      new Binding(Timing.class, Timing.Builder.class, ModelMixins.TimingJson.class,
          ModelMixins.TimingBuilderJson.class, "timing", Timing::builder),
      new Binding(Recurrence.class, Recurrence.Builder.class, ModelMixins.RecurrenceJson.class,
          ModelMixins.RecurrenceBuilderJson.class, "recurrence", Recurrence::builder),
      new Binding(RelativeDate.class, RelativeDate.Builder.class, ModelMixins.RelativeDateJson.class,
          ModelMixins.RelativeDateBuilderJson.class, "relative date", RelativeDate::builder),
      new Binding(Place.class, Place.Builder.class, ModelMixins.PlaceJson.class,
          ModelMixins.PlaceBuilderJson.class, "place", Place::builder),
      new Binding(Revision.class, Revision.Builder.class, ModelMixins.RevisionJson.class,
          ModelMixins.RevisionBuilderJson.class, "revision", Revision::builder),
      new Binding(Participation.class, Participation.Builder.class, ModelMixins.ParticipationJson.class,
          ModelMixins.ParticipationBuilderJson.class, "participation", Participation::builder),
      new Binding(Headcount.class, Headcount.Builder.class, ModelMixins.HeadcountJson.class,
          ModelMixins.HeadcountBuilderJson.class, "headcount", Headcount::builder),
      new Binding(SessionFormat.class, null, ModelMixins.SessionFormatJson.class, null, "session format", null),
      new Binding(ReportEntry.class, ReportEntry.Builder.class, ModelMixins.ReportEntryJson.class,
          ModelMixins.ReportEntryBuilderJson.class, "report entry", ReportEntry::builder),
      new Binding(Waiver.class, Waiver.Builder.class, ModelMixins.WaiverJson.class,
          ModelMixins.WaiverBuilderJson.class, "waiver", Waiver::builder),
      new Binding(Source.class, Source.Builder.class, ModelMixins.SourceJson.class,
          ModelMixins.SourceBuilderJson.class, "source", Source::builder),
      new Binding(Organisation.class, Organisation.Builder.class, ModelMixins.OrganisationJson.class,
          ModelMixins.OrganisationBuilderJson.class, "organisation", Organisation::builder),
      new Binding(Person.class, Person.Builder.class, ModelMixins.PersonJson.class,
          ModelMixins.PersonBuilderJson.class, "person", Person::builder),
      new Binding(Membership.class, Membership.Builder.class, ModelMixins.MembershipJson.class,
          ModelMixins.MembershipBuilderJson.class, "membership", Membership::builder),
      new Binding(Accreditation.class, Accreditation.Builder.class, ModelMixins.AccreditationJson.class,
          ModelMixins.AccreditationBuilderJson.class, "accreditation", Accreditation::builder),
      new Binding(Representative.class, Representative.Builder.class, ModelMixins.RepresentativeJson.class,
          ModelMixins.RepresentativeBuilderJson.class, "representative", Representative::builder),
      new Binding(Act.class, Act.Builder.class, ModelMixins.ActJson.class,
          ModelMixins.ActBuilderJson.class, "Act", Act::builder),
      new Binding(Objective.class, Objective.Builder.class, ModelMixins.ObjectiveJson.class,
          ModelMixins.ObjectiveBuilderJson.class, "objective", Objective::builder),
      new Binding(Goal.class, Goal.Builder.class, ModelMixins.GoalJson.class,
          ModelMixins.GoalBuilderJson.class, "goal", Goal::builder),
      new Binding(Target.class, Target.Builder.class, ModelMixins.TargetJson.class,
          ModelMixins.TargetBuilderJson.class, "target", Target::builder),
      new Binding(Indicator.class, Indicator.Builder.class, ModelMixins.IndicatorJson.class,
          ModelMixins.IndicatorBuilderJson.class, "indicator", Indicator::builder),
      new Binding(Benchmark.class, Benchmark.Builder.class, ModelMixins.BenchmarkJson.class,
          ModelMixins.BenchmarkBuilderJson.class, "benchmark", Benchmark::builder),
      new Binding(Measurement.class, Measurement.Builder.class, ModelMixins.MeasurementJson.class,
          ModelMixins.MeasurementBuilderJson.class, "measurement", Measurement::builder),
      new Binding(Document.class, Document.Builder.class, ModelMixins.DocumentJson.class,
          ModelMixins.DocumentBuilderJson.class, "document", Document::builder),
      new Binding(VoteResult.class, VoteResult.Builder.class, ModelMixins.VoteResultJson.class,
          ModelMixins.VoteResultBuilderJson.class, "vote result", VoteResult::builder),
      new Binding(Finding.class, Finding.Builder.class, ModelMixins.FindingJson.class,
          ModelMixins.FindingBuilderJson.class, "finding", Finding::builder));

  /** Every enum of the model, written by its {@linkplain EnumCodec JSON names}. */
  public static final List<Class<? extends Enum<?>>> ENUMS = List.of(
      AccreditationKind.class, AccreditationStatus.class, AttendanceMode.class, Commission.class,
      Confidence.class, CountBasis.class, CountCategory.class, DatePrecision.class, Direction.class,
      DocumentKind.class, EventKind.class, EventStatus.class, OrganisationType.class, PartOfMonth.class,
      PhaseKind.class, PlaceCertainty.class, ProgressStatus.class, RecordPolicy.class, Region.class,
      RelativeAnchor.class, Role.class, Season.class, Severity.class, VoteMethod.class);

  private static final Map<Class<?>, List<String>> PROPERTIES;
  private static final Map<Class<?>, String> NAMES;

  static {
    Map<Class<?>, List<String>> properties = new LinkedHashMap<>();
    Map<Class<?>, String> names = new HashMap<>();
    properties.put(DataSet.class, DataSetCodec.PROPERTIES);
    names.put(DataSet.class, "data set");
    for (Binding b : RECORDS) {
      List<String> order = List.of(b.mixin.getAnnotation(JsonPropertyOrder.class).value());
      properties.put(b.type, order);
      names.put(b.type, b.displayName);
      if (b.builder != null) {
        properties.put(b.builder, order);
        names.put(b.builder, b.displayName);
      }
    }
    properties.put(FuzzyDate.class, List.of("edtf", "text"));
    names.put(FuzzyDate.class, "fuzzy date");
    properties.put(GeoPoint.class, List.of("lat", "lon"));
    names.put(GeoPoint.class, "geo point");
    properties.put(SourcePosition.class, SourcePositionCodec.NAMES);
    names.put(SourcePosition.class, "source position");
    names.put(SdgCode.class, "SDG code");
    PROPERTIES = Collections.unmodifiableMap(properties);
    NAMES = Collections.unmodifiableMap(names);
  }

  private static final Map<Class<?>, Supplier<?>> BUILDERS;

  static {
    Map<Class<?>, Supplier<?>> builders = new HashMap<>();
    for (Binding b : RECORDS) {
      if (b.builder != null && b.newBuilder != null) {
        builders.put(b.builder, b.newBuilder);
      }
    }
    BUILDERS = Collections.unmodifiableMap(builders);
  }

  private FormatCatalog() {}

  /**
   * How to make a new builder of a builder class, without reflection.
   *
   * @param builderClass a model builder class
   * @return the factory, or {@code null} for another class
   */
  public static @Nullable Supplier<?> builderFactory(Class<?> builderClass) {
    return BUILDERS.get(builderClass);
  }

  /**
   * The record types and their mix-ins.
   *
   * @return the bindings
   */
  public static List<Binding> records() {
    return RECORDS;
  }

  /**
   * The properties of an object type, in format order.
   *
   * @param type a model type or its builder
   * @return the JSON property names; empty for a type that is not an object in the format
   */
  public static List<String> properties(Class<?> type) {
    List<String> p = PROPERTIES.get(type);
    return p == null ? List.of() : p;
  }

  /**
   * Every object type of the format with its properties in format order.
   *
   * @return the types, the data set first
   */
  public static Map<Class<?>, List<String>> allProperties() {
    Map<Class<?>, List<String>> out = new LinkedHashMap<>();
    PROPERTIES.forEach((k, v) -> {
      if (!k.getSimpleName().equals("Builder")) {
        out.put(k, v);
      }
    });
    return out;
  }

  /**
   * A type's name in messages.
   *
   * @param type a model type or its builder
   * @return for example {@code "event"} or {@code "report entry"}
   */
  public static String displayName(Class<?> type) {
    String n = NAMES.get(type);
    if (n != null) {
      return n;
    }
    String simple = type.getSimpleName();
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 1; i < simple.length(); i++) {
      if (Character.isUpperCase(simple.charAt(i))) {
        words.add(simple.substring(from, i).toLowerCase(Locale.ROOT));
        from = i;
      }
    }
    words.add(simple.substring(from).toLowerCase(Locale.ROOT));
    return String.join(" ", words);
  }

  /**
   * The model type a builder builds.
   *
   * @param type a type or a builder
   * @return the built type, or the type itself
   */
  public static Class<?> builtType(Class<?> type) {
    Class<?> outer = type.getEnclosingClass();
    if (outer != null && type.getSimpleName().equals("Builder") && PROPERTIES.containsKey(outer)) {
      return outer;
    }
    return type;
  }
}
