package org.gcmkit.io.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.gcmkit.io.json.internal.Annotations.Building;
import org.gcmkit.io.json.internal.Annotations.NoNulls;
import org.gcmkit.io.json.internal.Annotations.OmitEmpty;
import org.gcmkit.io.json.internal.Annotations.OmitFalse;
import org.gcmkit.io.json.internal.Annotations.Record;
import org.gcmkit.io.json.internal.ScalarCodecs.DecimalDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.DecimalSerializer;
import org.gcmkit.io.json.internal.ScalarCodecs.DurationDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.InstantDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.LocalDateDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.PeriodDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.ToStringSerializer;
import org.gcmkit.io.json.internal.ScalarCodecs.UriDeserializer;
import org.gcmkit.io.json.internal.ScalarCodecs.ZoneIdDeserializer;
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
import org.gcmkit.model.Participation;
import org.gcmkit.model.Person;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
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
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Severity;
import org.gcmkit.model.Source;
import org.gcmkit.model.SourcePosition;
import org.gcmkit.model.Target;
import org.gcmkit.model.Timing;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The mix-ins that bind each record of the model: for every type a <em>value</em> mix-in that names the properties
 * in their documented order (the order of the model's accessors) and how each is written, and a <em>builder</em>
 * mix-in that names the builder method each property is read with.
 *
 * <p>The order in {@link JsonPropertyOrder} is the format's property order; {@link FormatCatalog} reads it from here,
 * and the tests check it against the model's accessors and the JSON Schema.
 */
@SuppressWarnings("unused")
final class ModelMixins {

  private ModelMixins() {}

  // -------------------------------------------------------------------------------------------------------------
  // Process

  @Record
  @JsonDeserialize(builder = Phase.Builder.class)
  @JsonPropertyOrder({"id", "kind", "name", "window", "description", "revisions", "sources", "confidence", "note"})
  abstract static class PhaseJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("kind") abstract PhaseKind kind();
    @JsonProperty("name") abstract String name();
    @JsonProperty("window") abstract FuzzyDate window();
    @JsonProperty("description") abstract Optional<String> description();
    @JsonProperty("revisions") @OmitEmpty abstract List<Revision> revisions();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class PhaseBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("kind") @NoNulls abstract Object kind(PhaseKind v);
    @JsonProperty("name") @NoNulls abstract Object name(String v);
    @JsonProperty("window") @NoNulls abstract Object window(FuzzyDate v);
    @JsonProperty("description") @NoNulls abstract Object description(String v);
    @JsonProperty("revisions") @NoNulls abstract Object revisions(Iterable<Revision> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Event.Builder.class)
  @JsonPropertyOrder({
    "id", "uid", "kind", "title", "description", "theme", "number", "commission", "region", "parentId", "phaseId",
    "timing", "recurrence", "place", "status", "revisions", "participants", "headcounts", "languages", "interpretation", "acts",
    "objectives", "recordPolicy", "sessionFormat", "report", "url", "created", "lastModified", "waivers", "sources",
    "confidence", "note"
  })
  abstract static class EventJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("uid") abstract Optional<String> uid();
    @JsonProperty("kind") abstract EventKind kind();
    @JsonProperty("title") abstract String title();
    @JsonProperty("description") abstract Optional<String> description();
    @JsonProperty("theme") abstract Optional<String> theme();
    @JsonProperty("number") @OmitEmpty abstract OptionalInt number();
    @JsonProperty("commission") abstract Optional<Commission> commission();
    @JsonProperty("region") abstract Optional<Region> region();
    @JsonProperty("parentId") abstract Optional<String> parentId();
    @JsonProperty("phaseId") abstract Optional<String> phaseId();
    @JsonProperty("timing") abstract Optional<Timing> timing();
    @JsonProperty("recurrence") abstract Optional<Recurrence> recurrence();
    @JsonProperty("place") abstract Optional<Place> place();
    @JsonProperty("status") abstract EventStatus status();
    @JsonProperty("revisions") @OmitEmpty abstract List<Revision> revisions();
    @JsonProperty("participants") @OmitEmpty abstract List<Participation> participants();
    @JsonProperty("headcounts") @OmitEmpty abstract List<Headcount> headcounts();
    @JsonProperty("languages") @OmitEmpty abstract List<String> languages();
    @JsonProperty("interpretation") @OmitEmpty abstract List<String> interpretation();
    @JsonProperty("acts") @OmitEmpty abstract SortedSet<Integer> acts();
    @JsonProperty("objectives") @OmitEmpty abstract SortedSet<Integer> objectives();
    @JsonProperty("recordPolicy") abstract Optional<RecordPolicy> recordPolicy();
    @JsonProperty("sessionFormat") abstract Optional<SessionFormat> sessionFormat();
    @JsonProperty("report") @OmitEmpty abstract List<ReportEntry> report();

    @JsonProperty("url")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<URI> url();

    @JsonProperty("created")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<Instant> created();

    @JsonProperty("lastModified")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<Instant> lastModified();

    @JsonProperty("waivers") @OmitEmpty abstract List<Waiver> waivers();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class EventBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("uid") @NoNulls abstract Object uid(String v);
    @JsonProperty("kind") @NoNulls abstract Object kind(EventKind v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("description") @NoNulls abstract Object description(String v);
    @JsonProperty("theme") @NoNulls abstract Object theme(String v);
    @JsonProperty("number") @NoNulls abstract Object number(int v);
    @JsonProperty("commission") @NoNulls abstract Object commission(Commission v);
    @JsonProperty("region") @NoNulls abstract Object region(Region v);
    @JsonProperty("parentId") @NoNulls abstract Object parentId(String v);
    @JsonProperty("phaseId") @NoNulls abstract Object phaseId(String v);
    @JsonProperty("timing") @NoNulls abstract Object timing(Timing v);
    @JsonProperty("recurrence") @NoNulls abstract Object recurrence(Recurrence v);
    @JsonProperty("place") @NoNulls abstract Object place(Place v);
    @JsonProperty("status") @NoNulls abstract Object status(EventStatus v);
    @JsonProperty("revisions") @NoNulls abstract Object revisions(Iterable<Revision> v);
    @JsonProperty("participants") @NoNulls abstract Object participants(Iterable<Participation> v);
    @JsonProperty("headcounts") @NoNulls abstract Object headcounts(Iterable<Headcount> v);
    @JsonProperty("languages") @NoNulls abstract Object languages(Iterable<String> v);
    @JsonProperty("interpretation") @NoNulls abstract Object interpretation(Iterable<String> v);
    @JsonProperty("acts") @NoNulls abstract Object acts(Iterable<Integer> v);
    @JsonProperty("objectives") @NoNulls abstract Object objectives(Iterable<Integer> v);
    @JsonProperty("recordPolicy") @NoNulls abstract Object recordPolicy(RecordPolicy v);
    @JsonProperty("sessionFormat") @NoNulls abstract Object sessionFormat(SessionFormat v);
    @JsonProperty("report") @NoNulls abstract Object report(Iterable<ReportEntry> v);

    @JsonProperty("url")
    @NoNulls
    @JsonDeserialize(using = UriDeserializer.class)
    abstract Object url(URI v);

    @JsonProperty("created")
    @NoNulls
    @JsonDeserialize(using = InstantDeserializer.class)
    abstract Object created(Instant v);

    @JsonProperty("lastModified")
    @NoNulls
    @JsonDeserialize(using = InstantDeserializer.class)
    abstract Object lastModified(Instant v);

    @JsonProperty("waivers") @NoNulls abstract Object waivers(Iterable<Waiver> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Timing.Builder.class)
  @JsonPropertyOrder({"start", "end", "zone", "days", "relativeTo"})
  abstract static class TimingJson {
    @JsonProperty("start") abstract FuzzyDate start();
    @JsonProperty("end") abstract Optional<FuzzyDate> end();

    @JsonProperty("zone")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<ZoneId> zone();

    @JsonProperty("days")
    @OmitEmpty
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract SortedSet<LocalDate> days();

    @JsonProperty("relativeTo") abstract Optional<RelativeDate> relativeTo();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class TimingBuilderJson {
    @JsonProperty("start") @NoNulls abstract Object start(FuzzyDate v);
    @JsonProperty("end") @NoNulls abstract Object end(FuzzyDate v);

    @JsonProperty("zone")
    @NoNulls
    @JsonDeserialize(using = ZoneIdDeserializer.class)
    abstract Object zone(ZoneId v);

    @JsonProperty("days")
    @NoNulls
    @JsonDeserialize(contentUsing = LocalDateDeserializer.class)
    abstract Object days(Iterable<LocalDate> v);

    @JsonProperty("relativeTo") @NoNulls abstract Object relativeTo(RelativeDate v);
  }

  @Record
  @JsonDeserialize(builder = Recurrence.Builder.class)
  @JsonPropertyOrder({"rule", "dates", "exceptions", "masterId", "recurrenceId"})
  abstract static class RecurrenceJson {
    @JsonProperty("rule") abstract Optional<String> rule();
    @JsonProperty("dates") @OmitEmpty abstract List<FuzzyDate> dates();
    @JsonProperty("exceptions") @OmitEmpty abstract List<FuzzyDate> exceptions();
    @JsonProperty("masterId") abstract Optional<String> masterId();
    @JsonProperty("recurrenceId") abstract Optional<FuzzyDate> recurrenceId();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class RecurrenceBuilderJson {
    @JsonProperty("rule") @NoNulls abstract Object rule(String v);
    @JsonProperty("dates") @NoNulls abstract Object dates(Iterable<FuzzyDate> v);
    @JsonProperty("exceptions") @NoNulls abstract Object exceptions(Iterable<FuzzyDate> v);
    @JsonProperty("masterId") @NoNulls abstract Object masterId(String v);
    @JsonProperty("recurrenceId") @NoNulls abstract Object recurrenceId(FuzzyDate v);
  }

  @Record
  @JsonDeserialize(builder = RelativeDate.Builder.class)
  @JsonPropertyOrder({"anchorId", "anchor", "offset", "approximate", "sourceText"})
  abstract static class RelativeDateJson {
    @JsonProperty("anchorId") abstract String anchorId();

    @JsonProperty("anchor")
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Annotations.DefaultAnchor.class)
    abstract RelativeAnchor anchor();

    @JsonProperty("offset")
    @JsonSerialize(using = ToStringSerializer.class)
    abstract Period offset();

    @JsonProperty("approximate") @OmitFalse abstract boolean approximate();
    @JsonProperty("sourceText") abstract Optional<String> sourceText();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class RelativeDateBuilderJson {
    @JsonProperty("anchorId") @NoNulls abstract Object anchorId(String v);
    @JsonProperty("anchor") @NoNulls abstract Object anchor(RelativeAnchor v);

    @JsonProperty("offset")
    @NoNulls
    @JsonDeserialize(using = PeriodDeserializer.class)
    abstract Object offset(Period v);

    @JsonProperty("approximate") @NoNulls abstract Object approximate(boolean v);
    @JsonProperty("sourceText") @NoNulls abstract Object sourceText(String v);
  }

  @Record
  @JsonDeserialize(builder = Place.Builder.class)
  @JsonPropertyOrder({
    "venue", "room", "address", "city", "country", "zone", "geo", "certainty", "alternatives", "attendance",
    "remoteDetails", "remoteUrl", "sourceText"
  })
  abstract static class PlaceJson {
    @JsonProperty("venue") abstract Optional<String> venue();
    @JsonProperty("room") abstract Optional<String> room();
    @JsonProperty("address") abstract Optional<String> address();
    @JsonProperty("city") abstract Optional<String> city();
    @JsonProperty("country") abstract Optional<String> country();

    @JsonProperty("zone")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<ZoneId> zone();

    @JsonProperty("geo") abstract Optional<GeoPoint> geo();

    @JsonProperty("certainty")
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Annotations.DefaultCertainty.class)
    abstract PlaceCertainty certainty();

    @JsonProperty("alternatives") @OmitEmpty abstract List<Place> alternatives();

    @JsonProperty("attendance")
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = Annotations.DefaultAttendance.class)
    abstract AttendanceMode attendance();

    @JsonProperty("remoteDetails") abstract Optional<String> remoteDetails();

    @JsonProperty("remoteUrl")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<URI> remoteUrl();

    @JsonProperty("sourceText") abstract Optional<String> sourceText();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class PlaceBuilderJson {
    @JsonProperty("venue") @NoNulls abstract Object venue(String v);
    @JsonProperty("room") @NoNulls abstract Object room(String v);
    @JsonProperty("address") @NoNulls abstract Object address(String v);
    @JsonProperty("city") @NoNulls abstract Object city(String v);
    @JsonProperty("country") @NoNulls abstract Object country(String v);

    @JsonProperty("zone")
    @NoNulls
    @JsonDeserialize(using = ZoneIdDeserializer.class)
    abstract Object zone(ZoneId v);

    @JsonProperty("geo") @NoNulls abstract Object geo(GeoPoint v);
    @JsonProperty("certainty") @NoNulls abstract Object certainty(PlaceCertainty v);
    @JsonProperty("alternatives") @NoNulls abstract Object alternatives(Iterable<Place> v);
    @JsonProperty("attendance") @NoNulls abstract Object attendance(AttendanceMode v);
    @JsonProperty("remoteDetails") @NoNulls abstract Object remoteDetails(String v);

    @JsonProperty("remoteUrl")
    @NoNulls
    @JsonDeserialize(using = UriDeserializer.class)
    abstract Object remoteUrl(URI v);

    @JsonProperty("sourceText") @NoNulls abstract Object sourceText(String v);
  }

  @Record
  @JsonDeserialize(builder = Revision.Builder.class)
  @JsonPropertyOrder({"timing", "place", "status", "title", "statedOn", "sources", "confidence", "note"})
  abstract static class RevisionJson {
    @JsonProperty("timing") abstract Optional<Timing> timing();
    @JsonProperty("place") abstract Optional<Place> place();
    @JsonProperty("status") abstract Optional<EventStatus> status();
    @JsonProperty("title") abstract Optional<String> title();
    @JsonProperty("statedOn") abstract Optional<FuzzyDate> statedOn();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class RevisionBuilderJson {
    @JsonProperty("timing") @NoNulls abstract Object timing(Timing v);
    @JsonProperty("place") @NoNulls abstract Object place(Place v);
    @JsonProperty("status") @NoNulls abstract Object status(EventStatus v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("statedOn") @NoNulls abstract Object statedOn(FuzzyDate v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Participation.Builder.class)
  @JsonPropertyOrder({"role", "personId", "organisationId", "onBehalfOf", "note", "sources"})
  abstract static class ParticipationJson {
    @JsonProperty("role") abstract Role role();
    @JsonProperty("personId") abstract Optional<String> personId();
    @JsonProperty("organisationId") abstract Optional<String> organisationId();
    @JsonProperty("onBehalfOf") abstract Optional<String> onBehalfOf();
    @JsonProperty("note") abstract Optional<String> note();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ParticipationBuilderJson {
    @JsonProperty("role") @NoNulls abstract Object role(Role v);
    @JsonProperty("personId") @NoNulls abstract Object personId(String v);
    @JsonProperty("organisationId") @NoNulls abstract Object organisationId(String v);
    @JsonProperty("onBehalfOf") @NoNulls abstract Object onBehalfOf(String v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
  }

  @Record
  @JsonDeserialize(builder = Headcount.Builder.class)
  @JsonPropertyOrder({"basis", "category", "minimum", "maximum", "approximate", "sourceText", "sources"})
  abstract static class HeadcountJson {
    @JsonProperty("basis") abstract CountBasis basis();
    @JsonProperty("category") abstract CountCategory category();
    @JsonProperty("minimum") @OmitEmpty abstract OptionalInt minimum();
    @JsonProperty("maximum") @OmitEmpty abstract OptionalInt maximum();
    @JsonProperty("approximate") @OmitFalse abstract boolean approximate();
    @JsonProperty("sourceText") abstract Optional<String> sourceText();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class HeadcountBuilderJson {
    @JsonProperty("basis") @NoNulls abstract Object basis(CountBasis v);
    @JsonProperty("category") @NoNulls abstract Object category(CountCategory v);
    @JsonProperty("minimum") @NoNulls abstract Object minimum(int v);
    @JsonProperty("maximum") @NoNulls abstract Object maximum(int v);
    @JsonProperty("approximate") @NoNulls abstract Object approximate(boolean v);
    @JsonProperty("sourceText") @NoNulls abstract Object sourceText(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
  }

  /** Written by its mix-in, read by {@link SessionFormatDeserializer}: the type has a factory, not a builder. */
  @Record
  @JsonDeserialize(using = SessionFormatDeserializer.class)
  @JsonPropertyOrder({"rounds", "sessionsPerRound", "sessionLength"})
  abstract static class SessionFormatJson {
    @JsonProperty("rounds") abstract int rounds();
    @JsonProperty("sessionsPerRound") abstract int sessionsPerRound();

    @JsonProperty("sessionLength")
    @JsonSerialize(using = ToStringSerializer.class)
    abstract Duration sessionLength();
  }

  @Record
  @JsonDeserialize(builder = ReportEntry.Builder.class)
  @JsonPropertyOrder({"rapporteurId", "question", "answer", "submitted"})
  abstract static class ReportEntryJson {
    @JsonProperty("rapporteurId") abstract Optional<String> rapporteurId();
    @JsonProperty("question") abstract String question();
    @JsonProperty("answer") abstract String answer();
    @JsonProperty("submitted") abstract Optional<FuzzyDate> submitted();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ReportEntryBuilderJson {
    @JsonProperty("rapporteurId") @NoNulls abstract Object rapporteurId(String v);
    @JsonProperty("question") @NoNulls abstract Object question(String v);
    @JsonProperty("answer") @NoNulls abstract Object answer(String v);
    @JsonProperty("submitted") @NoNulls abstract Object submitted(FuzzyDate v);
  }

  @Record
  @JsonDeserialize(builder = Waiver.Builder.class)
  @JsonPropertyOrder({"code", "reason", "sources"})
  abstract static class WaiverJson {
    @JsonProperty("code") abstract String code();
    @JsonProperty("reason") abstract String reason();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class WaiverBuilderJson {
    @JsonProperty("code") @NoNulls abstract Object code(String v);
    @JsonProperty("reason") @NoNulls abstract Object reason(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
  }

  @Record
  @JsonDeserialize(builder = Source.Builder.class)
  @JsonPropertyOrder({"reference", "locator", "quote"})
  abstract static class SourceJson {
    @JsonProperty("reference") abstract String reference();
    @JsonProperty("locator") abstract Optional<String> locator();
    @JsonProperty("quote") abstract Optional<String> quote();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class SourceBuilderJson {
    @JsonProperty("reference") @NoNulls abstract Object reference(String v);
    @JsonProperty("locator") @NoNulls abstract Object locator(String v);
    @JsonProperty("quote") @NoNulls abstract Object quote(String v);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Stakeholders

  @Record
  @JsonDeserialize(builder = Organisation.Builder.class)
  @JsonPropertyOrder({
    "id", "name", "acronym", "aliases", "type", "country", "city", "url", "parentId", "memberIds", "sources",
    "confidence", "note"
  })
  abstract static class OrganisationJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("name") abstract String name();
    @JsonProperty("acronym") abstract Optional<String> acronym();
    @JsonProperty("aliases") @OmitEmpty abstract List<String> aliases();
    @JsonProperty("type") abstract OrganisationType type();
    @JsonProperty("country") abstract Optional<String> country();
    @JsonProperty("city") abstract Optional<String> city();

    @JsonProperty("url")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<URI> url();

    @JsonProperty("parentId") abstract Optional<String> parentId();
    @JsonProperty("memberIds") @OmitEmpty abstract List<String> memberIds();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class OrganisationBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("name") @NoNulls abstract Object name(String v);
    @JsonProperty("acronym") @NoNulls abstract Object acronym(String v);
    @JsonProperty("aliases") @NoNulls abstract Object aliases(Iterable<String> v);
    @JsonProperty("type") @NoNulls abstract Object type(OrganisationType v);
    @JsonProperty("country") @NoNulls abstract Object country(String v);
    @JsonProperty("city") @NoNulls abstract Object city(String v);

    @JsonProperty("url")
    @NoNulls
    @JsonDeserialize(using = UriDeserializer.class)
    abstract Object url(URI v);

    @JsonProperty("parentId") @NoNulls abstract Object parentId(String v);
    @JsonProperty("memberIds") @NoNulls abstract Object memberIds(Iterable<String> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Person.Builder.class)
  @JsonPropertyOrder({"id", "name", "aliases", "migrant", "sources", "confidence", "note"})
  abstract static class PersonJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("name") abstract String name();
    @JsonProperty("aliases") @OmitEmpty abstract List<String> aliases();
    @JsonProperty("migrant") @OmitFalse abstract boolean migrant();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class PersonBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("name") @NoNulls abstract Object name(String v);
    @JsonProperty("aliases") @NoNulls abstract Object aliases(Iterable<String> v);
    @JsonProperty("migrant") @NoNulls abstract Object migrant(boolean v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Membership.Builder.class)
  @JsonPropertyOrder({
    "personId", "organisationId", "role", "title", "onBehalfOf", "start", "end", "senior", "sources", "confidence",
    "note"
  })
  abstract static class MembershipJson {
    @JsonProperty("personId") abstract String personId();
    @JsonProperty("organisationId") abstract Optional<String> organisationId();
    @JsonProperty("role") abstract Role role();
    @JsonProperty("title") abstract Optional<String> title();
    @JsonProperty("onBehalfOf") abstract Optional<String> onBehalfOf();
    @JsonProperty("start") abstract Optional<FuzzyDate> start();
    @JsonProperty("end") abstract Optional<FuzzyDate> end();
    @JsonProperty("senior") @OmitFalse abstract boolean senior();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class MembershipBuilderJson {
    @JsonProperty("personId") @NoNulls abstract Object personId(String v);
    @JsonProperty("organisationId") @NoNulls abstract Object organisationId(String v);
    @JsonProperty("role") @NoNulls abstract Object role(Role v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("onBehalfOf") @NoNulls abstract Object onBehalfOf(String v);
    @JsonProperty("start") @NoNulls abstract Object start(FuzzyDate v);
    @JsonProperty("end") @NoNulls abstract Object end(FuzzyDate v);
    @JsonProperty("senior") @NoNulls abstract Object senior(boolean v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Accreditation.Builder.class)
  @JsonPropertyOrder({
    "id", "organisationId", "kind", "status", "eventId", "deadline", "appliedOn", "objectionReason", "quota",
    "representatives", "sources", "confidence", "note"
  })
  abstract static class AccreditationJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("organisationId") abstract String organisationId();
    @JsonProperty("kind") abstract AccreditationKind kind();
    @JsonProperty("status") abstract AccreditationStatus status();
    @JsonProperty("eventId") abstract Optional<String> eventId();
    @JsonProperty("deadline") abstract Optional<FuzzyDate> deadline();
    @JsonProperty("appliedOn") abstract Optional<FuzzyDate> appliedOn();
    @JsonProperty("objectionReason") abstract Optional<String> objectionReason();
    @JsonProperty("quota") @OmitEmpty abstract OptionalInt quota();
    @JsonProperty("representatives") @OmitEmpty abstract List<Representative> representatives();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class AccreditationBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("organisationId") @NoNulls abstract Object organisationId(String v);
    @JsonProperty("kind") @NoNulls abstract Object kind(AccreditationKind v);
    @JsonProperty("status") @NoNulls abstract Object status(AccreditationStatus v);
    @JsonProperty("eventId") @NoNulls abstract Object eventId(String v);
    @JsonProperty("deadline") @NoNulls abstract Object deadline(FuzzyDate v);
    @JsonProperty("appliedOn") @NoNulls abstract Object appliedOn(FuzzyDate v);
    @JsonProperty("objectionReason") @NoNulls abstract Object objectionReason(String v);
    @JsonProperty("quota") @NoNulls abstract Object quota(int v);
    @JsonProperty("representatives") @NoNulls abstract Object representatives(Iterable<Representative> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Representative.Builder.class)
  @JsonPropertyOrder({"personId", "authorisedBy", "priority", "registeredOn", "substituteFor"})
  abstract static class RepresentativeJson {
    @JsonProperty("personId") abstract String personId();
    @JsonProperty("authorisedBy") abstract Optional<String> authorisedBy();
    @JsonProperty("priority") @OmitEmpty abstract OptionalInt priority();
    @JsonProperty("registeredOn") abstract Optional<FuzzyDate> registeredOn();
    @JsonProperty("substituteFor") abstract Optional<String> substituteFor();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class RepresentativeBuilderJson {
    @JsonProperty("personId") @NoNulls abstract Object personId(String v);
    @JsonProperty("authorisedBy") @NoNulls abstract Object authorisedBy(String v);
    @JsonProperty("priority") @NoNulls abstract Object priority(int v);
    @JsonProperty("registeredOn") @NoNulls abstract Object registeredOn(FuzzyDate v);
    @JsonProperty("substituteFor") @NoNulls abstract Object substituteFor(String v);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Commitments

  @Record
  @JsonDeserialize(builder = Act.Builder.class)
  @JsonPropertyOrder({"number", "title", "round", "summary", "sources", "confidence", "note"})
  abstract static class ActJson {
    @JsonProperty("number") abstract int number();
    @JsonProperty("title") abstract String title();
    @JsonProperty("round") @OmitEmpty abstract OptionalInt round();
    @JsonProperty("summary") abstract Optional<String> summary();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ActBuilderJson {
    @JsonProperty("number") @NoNulls abstract Object number(int v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("round") @NoNulls abstract Object round(int v);
    @JsonProperty("summary") @NoNulls abstract Object summary(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Objective.Builder.class)
  @JsonPropertyOrder({"number", "title", "addedIn", "sources", "confidence", "note"})
  abstract static class ObjectiveJson {
    @JsonProperty("number") abstract int number();
    @JsonProperty("title") abstract String title();
    @JsonProperty("addedIn") abstract Optional<String> addedIn();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class ObjectiveBuilderJson {
    @JsonProperty("number") @NoNulls abstract Object number(int v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("addedIn") @NoNulls abstract Object addedIn(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Goal.Builder.class)
  @JsonPropertyOrder({
    "id", "title", "description", "acts", "objectives", "sdgCodes", "targets", "sources", "confidence", "note"
  })
  abstract static class GoalJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("title") abstract String title();
    @JsonProperty("description") abstract Optional<String> description();
    @JsonProperty("acts") @OmitEmpty abstract SortedSet<Integer> acts();
    @JsonProperty("objectives") @OmitEmpty abstract SortedSet<Integer> objectives();
    @JsonProperty("sdgCodes") @OmitEmpty abstract List<SdgCode> sdgCodes();
    @JsonProperty("targets") @OmitEmpty abstract List<Target> targets();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class GoalBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("description") @NoNulls abstract Object description(String v);
    @JsonProperty("acts") @NoNulls abstract Object acts(Iterable<Integer> v);
    @JsonProperty("objectives") @NoNulls abstract Object objectives(Iterable<Integer> v);
    @JsonProperty("sdgCodes") @NoNulls abstract Object sdgCodes(Iterable<SdgCode> v);
    @JsonProperty("targets") @NoNulls abstract Object targets(Iterable<Target> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Target.Builder.class)
  @JsonPropertyOrder({
    "id", "title", "adoptedOn", "period", "sdgTargets", "indicators", "sources", "confidence", "note"
  })
  abstract static class TargetJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("title") abstract String title();

    @JsonProperty("adoptedOn")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<LocalDate> adoptedOn();

    @JsonProperty("period") abstract Optional<FuzzyDate> period();
    @JsonProperty("sdgTargets") @OmitEmpty abstract List<SdgCode> sdgTargets();
    @JsonProperty("indicators") @OmitEmpty abstract List<Indicator> indicators();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class TargetBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);

    @JsonProperty("adoptedOn")
    @NoNulls
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object adoptedOn(LocalDate v);

    @JsonProperty("period") @NoNulls abstract Object period(FuzzyDate v);
    @JsonProperty("sdgTargets") @NoNulls abstract Object sdgTargets(Iterable<SdgCode> v);
    @JsonProperty("indicators") @NoNulls abstract Object indicators(Iterable<Indicator> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Indicator.Builder.class)
  @JsonPropertyOrder({
    "id", "title", "unit", "direction", "sdgIndicators", "baseline", "benchmarks", "measurements", "sources",
    "confidence", "note"
  })
  abstract static class IndicatorJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("title") abstract String title();
    @JsonProperty("unit") abstract Optional<String> unit();
    @JsonProperty("direction") abstract Direction direction();
    @JsonProperty("sdgIndicators") @OmitEmpty abstract List<SdgCode> sdgIndicators();
    @JsonProperty("baseline") abstract Optional<Measurement> baseline();
    @JsonProperty("benchmarks") @OmitEmpty abstract List<Benchmark> benchmarks();
    @JsonProperty("measurements") @OmitEmpty abstract List<Measurement> measurements();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class IndicatorBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("unit") @NoNulls abstract Object unit(String v);
    @JsonProperty("direction") @NoNulls abstract Object direction(Direction v);
    @JsonProperty("sdgIndicators") @NoNulls abstract Object sdgIndicators(Iterable<SdgCode> v);
    @JsonProperty("baseline") @NoNulls abstract Object baseline(Measurement v);
    @JsonProperty("benchmarks") @NoNulls abstract Object benchmarks(Iterable<Benchmark> v);
    @JsonProperty("measurements") @NoNulls abstract Object measurements(Iterable<Measurement> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Benchmark.Builder.class)
  @JsonPropertyOrder({"years", "due", "value", "note"})
  abstract static class BenchmarkJson {
    @JsonProperty("years") abstract int years();

    @JsonProperty("due")
    @JsonSerialize(using = ToStringSerializer.class)
    abstract LocalDate due();

    @JsonProperty("value")
    @JsonSerialize(using = DecimalSerializer.class)
    abstract BigDecimal value();

    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class BenchmarkBuilderJson {
    @JsonProperty("years") @NoNulls abstract Object years(int v);

    @JsonProperty("due")
    @NoNulls
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object due(LocalDate v);

    @JsonProperty("value")
    @NoNulls
    @JsonDeserialize(using = DecimalDeserializer.class)
    abstract Object value(BigDecimal v);

    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = Measurement.Builder.class)
  @JsonPropertyOrder({"date", "value", "note", "sources"})
  abstract static class MeasurementJson {
    @JsonProperty("date")
    @JsonSerialize(using = ToStringSerializer.class)
    abstract LocalDate date();

    @JsonProperty("value")
    @JsonSerialize(using = DecimalSerializer.class)
    abstract BigDecimal value();

    @JsonProperty("note") abstract Optional<String> note();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class MeasurementBuilderJson {
    @JsonProperty("date")
    @NoNulls
    @JsonDeserialize(using = LocalDateDeserializer.class)
    abstract Object date(LocalDate v);

    @JsonProperty("value")
    @NoNulls
    @JsonDeserialize(using = DecimalDeserializer.class)
    abstract Object value(BigDecimal v);

    @JsonProperty("note") @NoNulls abstract Object note(String v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Documents

  @Record
  @JsonDeserialize(builder = Document.Builder.class)
  @JsonPropertyOrder({
    "id", "kind", "title", "symbols", "eventId", "authorIds", "due", "issued", "previousVersionId", "url",
    "languages", "vote", "waivers", "sources", "confidence", "note"
  })
  abstract static class DocumentJson {
    @JsonProperty("id") abstract String id();
    @JsonProperty("kind") abstract DocumentKind kind();
    @JsonProperty("title") abstract String title();
    @JsonProperty("symbols") @OmitEmpty abstract List<String> symbols();
    @JsonProperty("eventId") abstract Optional<String> eventId();
    @JsonProperty("authorIds") @OmitEmpty abstract List<String> authorIds();
    @JsonProperty("due") abstract Optional<FuzzyDate> due();
    @JsonProperty("issued") abstract Optional<FuzzyDate> issued();
    @JsonProperty("previousVersionId") abstract Optional<String> previousVersionId();

    @JsonProperty("url")
    @JsonSerialize(contentUsing = ToStringSerializer.class)
    abstract Optional<URI> url();

    @JsonProperty("languages") @OmitEmpty abstract List<String> languages();
    @JsonProperty("vote") abstract Optional<VoteResult> vote();
    @JsonProperty("waivers") @OmitEmpty abstract List<Waiver> waivers();
    @JsonProperty("sources") @OmitEmpty abstract List<Source> sources();
    @JsonProperty("confidence") abstract Optional<Confidence> confidence();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class DocumentBuilderJson {
    @JsonProperty("id") @NoNulls abstract Object id(String v);
    @JsonProperty("kind") @NoNulls abstract Object kind(DocumentKind v);
    @JsonProperty("title") @NoNulls abstract Object title(String v);
    @JsonProperty("symbols") @NoNulls abstract Object symbols(Iterable<String> v);
    @JsonProperty("eventId") @NoNulls abstract Object eventId(String v);
    @JsonProperty("authorIds") @NoNulls abstract Object authorIds(Iterable<String> v);
    @JsonProperty("due") @NoNulls abstract Object due(FuzzyDate v);
    @JsonProperty("issued") @NoNulls abstract Object issued(FuzzyDate v);
    @JsonProperty("previousVersionId") @NoNulls abstract Object previousVersionId(String v);

    @JsonProperty("url")
    @NoNulls
    @JsonDeserialize(using = UriDeserializer.class)
    abstract Object url(URI v);

    @JsonProperty("languages") @NoNulls abstract Object languages(Iterable<String> v);
    @JsonProperty("vote") @NoNulls abstract Object vote(VoteResult v);
    @JsonProperty("waivers") @NoNulls abstract Object waivers(Iterable<Waiver> v);
    @JsonProperty("sources") @NoNulls abstract Object sources(Iterable<Source> v);
    @JsonProperty("confidence") @NoNulls abstract Object confidence(Confidence v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  @Record
  @JsonDeserialize(builder = VoteResult.Builder.class)
  @JsonPropertyOrder({
    "method", "inFavour", "against", "abstentions", "notVoting", "membership", "againstIds", "note"
  })
  abstract static class VoteResultJson {
    @JsonProperty("method") abstract VoteMethod method();
    @JsonProperty("inFavour") @OmitEmpty abstract OptionalInt inFavour();
    @JsonProperty("against") @OmitEmpty abstract OptionalInt against();
    @JsonProperty("abstentions") @OmitEmpty abstract OptionalInt abstentions();
    @JsonProperty("notVoting") @OmitEmpty abstract OptionalInt notVoting();
    @JsonProperty("membership") @OmitEmpty abstract OptionalInt membership();
    @JsonProperty("againstIds") @OmitEmpty abstract List<String> againstIds();
    @JsonProperty("note") abstract Optional<String> note();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class VoteResultBuilderJson {
    @JsonProperty("method") @NoNulls abstract Object method(VoteMethod v);
    @JsonProperty("inFavour") @NoNulls abstract Object inFavour(int v);
    @JsonProperty("against") @NoNulls abstract Object against(int v);
    @JsonProperty("abstentions") @NoNulls abstract Object abstentions(int v);
    @JsonProperty("notVoting") @NoNulls abstract Object notVoting(int v);
    @JsonProperty("membership") @NoNulls abstract Object membership(int v);
    @JsonProperty("againstIds") @NoNulls abstract Object againstIds(Iterable<String> v);
    @JsonProperty("note") @NoNulls abstract Object note(String v);
  }

  // -------------------------------------------------------------------------------------------------------------
  // Findings (validation reports)

  @Record
  @JsonDeserialize(builder = Finding.Builder.class)
  @JsonPropertyOrder({"code", "severity", "message", "hint", "path", "position"})
  abstract static class FindingJson {
    @JsonProperty("code") abstract String code();
    @JsonProperty("severity") abstract Severity severity();
    @JsonProperty("message") abstract String message();
    @JsonProperty("hint") abstract Optional<String> hint();
    @JsonProperty("path") abstract Optional<String> path();
    @JsonProperty("position") abstract Optional<SourcePosition> position();
  }

  @Building
  @JsonPOJOBuilder(withPrefix = "")
  abstract static class FindingBuilderJson {
    @JsonProperty("code") @NoNulls abstract Object code(String v);
    @JsonProperty("severity") @NoNulls abstract Object severity(Severity v);
    @JsonProperty("message") @NoNulls abstract Object message(String v);
    @JsonProperty("hint") @NoNulls abstract Object hint(String v);
    @JsonProperty("path") @NoNulls abstract Object path(String v);
    @JsonProperty("position") @NoNulls abstract Object position(SourcePosition v);
  }
}
