package org.gcmkit.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.gcmkit.model.constraints.LanguageTag;
import org.gcmkit.model.constraints.NonBlank;
import org.immutables.value.Value;

/**
 * A meeting of the GCM process, or an item of the programme of one: a thematic session, a regional consultation, a
 * hearing, a negotiation round, the conference; a day, a round of group sessions, a group session on an Act, a table
 * with governments, an agenda item.
 *
 * <p>An event has a stable {@link #id()} (the same event keeps its id, and its iCalendar UID, forever), a
 * {@link #kind()}, a {@link #title()} and a {@link #status()}. Its {@link #timing()} and {@link #place()} may be
 * unknown, inexact or tentative, and say so; earlier plans are kept as {@link #revisions()}. Items of a programme
 * point to their event with {@link #parentId()}; the data set builds the tree. People and organisations take part
 * in {@linkplain Participation roles}: organisers, supporters and funders, anchors, co-leads and rapporteurs,
 * facilitators, speakers and participants.
 *
 * <p>Builders reject only missing required attributes and nulls: an event with too few co-leads, an end before its
 * start or an unknown reference can be built, so that a validator can report everything wrong with it at once.
 *
 * <pre>{@code
 * Event ts6 = Event.builder()
 *     .id("ts6")
 *     .kind(EventKind.THEMATIC_SESSION)
 *     .number(6)
 *     .title("Informal thematic session 6")
 *     .theme("Irregular migration and regular pathways, including decent work, labour mobility, "
 *         + "recognition of skills and qualifications and other relevant measures")
 *     .status(EventStatus.HELD)
 *     .timing(Timing.days(LocalDate.of(2017, 10, 12), LocalDate.of(2017, 10, 13)))
 *     .place(Place.builder().venue("Palais des Nations").city("Geneva").country("CH")
 *         .zone(ZoneId.of("Europe/Zurich")).build())
 *     .addRevisions(Revision.builder()
 *         .timing(Timing.days(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 3)))
 *         .addSources(Source.of("000_efcee90ecae86aab.txt"))
 *         .build())
 *     .phaseId("ph-1")
 *     .addSources(Source.of("000_efcee90ecae86aab.txt"))
 *     .confidence(Confidence.HIGH)
 *     .build();
 *
 * ts6.sequence();                      // 1: one earlier plan
 * ts6.withStatus(EventStatus.HELD);    // copies are cheap; the value never changes
 * }</pre>
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Event implements WithEvent, Sourced {

  Event() {}

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The stable id, unique in its data set: {@code "ts6"}, {@code "cs-stock-gs3"}.
   *
   * @return the id
   */
  @NotBlank
  public abstract String id();

  /**
   * The iCalendar {@code UID} of an event that came from another calendar, when it is not the one a gcmkit feed
   * derives from {@link #id()}. A feed writes this UID, so that calendars that subscribed to the original keep
   * recognising the event; the overrides of a repeating event share their master's UID.
   *
   * @return the foreign UID, or empty for an event whose UID derives from its id
   */
  public abstract Optional<@NonBlank String> uid();

  /**
   * What kind of event this is.
   *
   * @return the kind
   */
  public abstract EventKind kind();

  /**
   * The title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String title();

  /**
   * A description of the event.
   *
   * @return the description, or empty
   */
  public abstract Optional<String> description();

  /**
   * The official theme, for thematic sessions and other events with one.
   *
   * @return the theme, or empty
   */
  public abstract Optional<String> theme();

  /**
   * The event's number in its series: thematic session 6, hearing 2, negotiation round 3, group session round 1.
   *
   * @return the number, or empty
   */
  @Positive
  public abstract OptionalInt number();

  /**
   * The Regional Economic Commission, for regional consultations and reviews.
   *
   * @return the commission, or empty
   */
  public abstract Optional<Commission> commission();

  /**
   * The world region, for regional civil society consultations and other regional events.
   *
   * @return the region, or empty
   */
  public abstract Optional<Region> region();

  /**
   * The id of the event this one is part of: a group session's round, a round's day, a day's meeting.
   *
   * @return the parent's id, or empty for a top-level event
   */
  public abstract Optional<String> parentId();

  /**
   * The id of the phase of the process the event belongs to.
   *
   * @return the phase's id, or empty
   */
  public abstract Optional<String> phaseId();

  /**
   * When the event takes place.
   *
   * @return the timing, or empty when no date is known
   */
  public abstract Optional<@Valid Timing> timing();

  /**
   * How the event repeats from its timing, or which occurrence of a repeating event it replaces.
   *
   * @return the recurrence, or empty for a one-off event
   */
  public abstract Optional<@Valid Recurrence> recurrence();

  /**
   * Where the event takes place, and how people attend.
   *
   * @return the place, or empty when unknown
   */
  public abstract Optional<@Valid Place> place();

  /**
   * The status.
   *
   * @return the status
   */
  public abstract EventStatus status();

  /**
   * Earlier plans for the event, oldest first.
   *
   * @return the revisions; empty when the event never changed
   */
  public abstract List<@Valid Revision> revisions();

  /**
   * People and organisations in their roles at the event.
   *
   * @return the participations, in the order given
   */
  public abstract List<@Valid Participation> participants();

  /**
   * Expected and actual numbers of participants.
   *
   * @return the headcounts
   */
  public abstract List<@Valid Headcount> headcounts();

  /**
   * The working languages, as BCP 47 tags.
   *
   * @return the languages, for example {@code ["en", "fr"]} for a bilingual consultation
   */
  public abstract List<@LanguageTag String> languages();

  /**
   * The languages into which proceedings are interpreted, as BCP 47 tags.
   *
   * @return the languages; empty when there is no interpretation or it is not recorded
   */
  public abstract List<@LanguageTag String> interpretation();

  /**
   * The Ten Acts the event is about, by number (1 to 10).
   *
   * @return the Acts in ascending order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(10) Integer> acts();

  /**
   * The GCM objectives the event is about, by number (1 to 23).
   *
   * @return the objectives in ascending order
   */
  @Value.NaturalOrder
  public abstract SortedSet<@Min(1) @Max(23) Integer> objectives();

  /**
   * Whether proceedings are recorded.
   *
   * @return the policy, or empty when not stated
   */
  public abstract Optional<RecordPolicy> recordPolicy();

  /**
   * The declared format of the event's group sessions, against which its programme is checked.
   *
   * @return the format, or empty
   */
  public abstract Optional<@Valid SessionFormat> sessionFormat();

  /**
   * The entries of the reporting template, for a group session whose rapporteur filled it in.
   *
   * @return the entries
   */
  public abstract List<@Valid ReportEntry> report();

  /**
   * The event's web page.
   *
   * @return the address, or empty
   */
  public abstract Optional<URI> url();

  /**
   * When the record of this event was created.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> created();

  /**
   * When the record of this event last changed. Calendar feeds use it for {@code LAST-MODIFIED} and
   * {@code DTSTAMP}, so that the same data gives the same bytes.
   *
   * @return the instant, or empty
   */
  public abstract Optional<Instant> lastModified();

  /**
   * Accepted exceptions to rules for this event.
   *
   * @return the waivers
   */
  public abstract List<@Valid Waiver> waivers();

  @Override
  public abstract List<Source> sources();

  @Override
  public abstract Optional<Confidence> confidence();

  @Override
  public abstract Optional<String> note();

  /**
   * The zone of the event's local times: the timing's zone, else the place's.
   *
   * @return the zone, or empty when neither gives one
   */
  public final Optional<ZoneId> zone() {
    Optional<ZoneId> own = timing().flatMap(Timing::zone);
    return own.isPresent() ? own : place().flatMap(Place::zone);
  }

  /**
   * The number of times the event was re-planned: iCalendar's {@code SEQUENCE}.
   *
   * @return the number of revisions
   */
  public final int sequence() {
    return revisions().size();
  }

  /**
   * The participations in one role.
   *
   * @param role the role
   * @return the participations in that role, in order
   */
  public final List<Participation> participants(Role role) {
    return participants().stream().filter(p -> p.role() == role).collect(java.util.stream.Collectors.toList());
  }

  /**
   * Whether a waiver for a rule is recorded on this event.
   *
   * @param code the rule's code
   * @return {@code true} when waived
   */
  public final boolean waives(String code) {
    for (Waiver w : waivers()) {
      if (w.code().equals(code)) {
        return true;
      }
    }
    return false;
  }

  /** Builds {@link Event} values; {@code id}, {@code kind}, {@code title} and {@code status} are required. */
  public static final class Builder extends ImmutableEvent.Builder {
    Builder() {}
  }
}
