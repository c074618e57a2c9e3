package org.gcmkit.validation;

import org.gcmkit.model.*;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeds' own examples, built with the public API (copied from gcm-model's test {@code SeedExamples}), and a
 * fully staffed version of the civil society stocktaking for the validation tests. People at the group sessions and tables are not named in the
 * seeds; the examples use placeholder ids ({@code gs3-co-lead-1}) that say so.
 */
final class Seeds {

  static final String SEED_000 = "000_efcee90ecae86aab.txt";
  static final String SEED_004 = "004_92770983771948fb.txt";
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

  private static final String[] ACTS = {
    "Drivers of human mobility",
    "Safe pathways for human mobility",
    "Protection",
    "Decent work and labour Rights",
    "Decent living conditions and access to justice",
    "Education and Skills",
    "Inclusion and anti-discrimination",
    "Transnational and sustainable Development",
    "Return and reintegration",
    "Governance, Implementation and monitoring"
  };

  private Seeds() {}

  static Place puertoVallarta() {
    return Place.builder().city("Puerto Vallarta").country("MX").zone(MEXICO_CITY).build();
  }

  /** The 6th thematic session: planned for 2–3 October 2017 (000), held 12–13 October 2017. */
  static Event thematicSession6() {
    return Event.builder()
        .id("ts6")
        .kind(EventKind.THEMATIC_SESSION)
        .number(6)
        .title("Informal thematic session 6")
        .theme("Irregular migration and regular pathways, including decent work, labour mobility, recognition of"
            + " skills and qualifications and other relevant measures")
        .status(EventStatus.RESCHEDULED)
        .timing(Timing.days(LocalDate.of(2017, 10, 12), LocalDate.of(2017, 10, 13)))
        .place(Place.builder().venue("Palais des Nations").room("Room XIX").city("Geneva").country("CH")
            .zone(ZURICH).build())
        .addRevisions(Revision.builder()
            .timing(Timing.days(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 3)))
            .statedOn(FuzzyDate.of(LocalDate.of(2017, 4, 17)))
            .addSources(Source.builder().reference(SEED_000)
                .quote("October 2/3 in Geneva – irregular migration and regular pathways").build())
            .confidence(Confidence.HIGH)
            .build())
        .phaseId("ph-1")
        .addSources(Source.of(SEED_000))
        .confidence(Confidence.HIGH)
        .build();
  }

  /** The Ten Acts as 004 titles them, with their round at the stocktaking. */
  static List<Act> tenActs() {
    List<Act> acts = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      acts.add(Act.builder().number(i).title(ACTS[i - 1]).round(i <= 5 ? 1 : 2)
          .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).build());
    }
    return acts;
  }

  /**
   * The civil society stocktaking of 2–3 December 2017 (004): two days, two rounds of five group sessions on Day 1,
   * one table with governments per Act on Day 2, and the lunch tables.
   */
  static DataSet civilSocietyStocktaking() {
    List<Event> events = new ArrayList<>();
    events.add(Event.builder()
        .id("cs-stock")
        .kind(EventKind.CIVIL_SOCIETY_MEETING)
        .title("Civil Society Stocktaking and Strategy Meeting")
        .status(EventStatus.HELD)
        .timing(Timing.days(LocalDate.of(2017, 12, 2), LocalDate.of(2017, 12, 3)))
        .place(puertoVallarta())
        .sessionFormat(SessionFormat.of(2, 5, Duration.ofMinutes(90)))
        .addHeadcounts(Headcount.builder().basis(CountBasis.EXPECTED).category(CountCategory.CIVIL_SOCIETY)
            .minimum(75).maximum(75).approximate(true)
            .sourceText("approximately 75 civil society participants").build())
        .addHeadcounts(Headcount.builder().basis(CountBasis.ACTUAL).category(CountCategory.GOVERNMENT_DELEGATES)
            .minimum(55).maximum(55).sourceText("55 govt participants").build())
        .addParticipants(Participation.builder().role(Role.ORGANISER).organisationId("body-made").build())
        .addParticipants(Participation.builder().role(Role.FUNDER).organisationId("body-eu").build())
        .addParticipants(Participation.builder().role(Role.SUPPORTER).organisationId("body-iom").build())
        .addSources(Source.of(SEED_004))
        .confidence(Confidence.HIGH)
        .build());
    events.add(programmeItem("cs-stock-d1", EventKind.MEETING_DAY, "CS Stocktaking Day 1 - civil society only",
        "cs-stock", Timing.on(LocalDate.of(2017, 12, 2))));
    for (int round = 1; round <= 2; round++) {
      LocalDateTime start = LocalDateTime.of(2017, 12, 2, round == 1 ? 14 : 15, round == 1 ? 0 : 30);
      Timing timing = Timing.builder().start(FuzzyDate.of(start)).end(FuzzyDate.of(start.plusMinutes(90))).build();
      events.add(programmeItem("cs-stock-r" + round, EventKind.SESSION_ROUND, "Group sessions round " + round,
              "cs-stock-d1", timing)
          .withNumber(round));
      for (int act = round * 5 - 4; act <= round * 5; act++) {
        events.add(programmeItem("cs-stock-gs" + act, EventKind.GROUP_SESSION,
                "Group session ACT " + act + ": " + ACTS[act - 1], "cs-stock-r" + round, timing)
            .withActs(act)
            .withRecordPolicy(RecordPolicy.ON_RECORD)
            .withParticipants(
                Participation.of(Role.CO_LEAD, "gs" + act + "-co-lead-1"),
                Participation.of(Role.CO_LEAD, "gs" + act + "-co-lead-2"),
                Participation.of(Role.RAPPORTEUR, "gs" + act + "-rapporteur")));
      }
    }
    events.add(programmeItem("cs-stock-d2", EventKind.MEETING_DAY, "CS Stocktaking Day 2 - tables with governments",
        "cs-stock", Timing.on(LocalDate.of(2017, 12, 3))));
    for (int act = 1; act <= 10; act++) {
      events.add(programmeItem("cs-stock-t" + act, EventKind.GOVERNMENT_TABLE,
              "Table with governments ACT " + act + ": " + ACTS[act - 1], "cs-stock-d2",
              Timing.on(LocalDate.of(2017, 12, 3)))
          .withActs(act)
          .withRecordPolicy(RecordPolicy.NO_RECORD)
          .withParticipants(Participation.of(Role.FACILITATOR, "gs" + act + "-co-lead-1")));
    }
    events.add(programmeItem("cs-stock-lunch", EventKind.LUNCH_TABLE, "Spontaneous tables with governments (lunch)",
            "cs-stock-d2", Timing.on(LocalDate.of(2017, 12, 3)))
        .withRecordPolicy(RecordPolicy.CHATHAM_HOUSE));
    return DataSet.builder()
        .title("Civil Society Stocktaking, 2-3 December 2017")
        .addAllEvents(events)
        .addAllActs(tenActs())
        .build();
  }

  /** The organisations the stocktaking's concept note names as organiser, funder and supporter (004). */
  static List<Organisation> stocktakingBodies() {
    return List.of(
        Organisation.builder().id("body-made").name("ICMC-MADE Coordinating Office").type(OrganisationType.NETWORK)
            .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).build(),
        Organisation.builder().id("body-eu").name("European Union").type(OrganisationType.REGIONAL_BODY)
            .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).build(),
        Organisation.builder().id("body-iom").name("International Organization for Migration")
            .acronym("IOM").type(OrganisationType.UN_ENTITY)
            .addSources(Source.of(SEED_004)).confidence(Confidence.HIGH).build());
  }

  /** The id of the k-th (1-based) civil society participant of the group session on an Act; placeholders. */
  static String participant(int act, int k) {
    return "gs" + act + "-participant-" + k;
  }

  /** The id of the k-th government representative at the table on an Act; placeholders. */
  static String government(int act, int k) {
    return "t" + act + "-government-" + k;
  }

  /**
   * The stocktaking as 004 describes it, fully staffed with placeholder people: each group session has two co-leads,
   * a rapporteur and eight participants (each in one session); each table has its session's first co-lead as
   * facilitator, three government representatives and six of its session's participants. Validates clean.
   */
  static DataSet staffedStocktaking() {
    DataSet base = civilSocietyStocktaking();
    List<Event> events = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    for (Event e : base.events()) {
      if (e.kind() == EventKind.GROUP_SESSION) {
        int act = e.acts().first();
        List<Participation> ps = new ArrayList<>(e.participants());
        for (int k = 1; k <= 8; k++) {
          ps.add(Participation.of(Role.PARTICIPANT, participant(act, k)));
          people.add(person(participant(act, k)));
        }
        for (Participation x : e.participants()) {
          people.add(person(x.personId().orElseThrow()));
        }
        e = e.withParticipants(ps);
      } else if (e.kind() == EventKind.GOVERNMENT_TABLE) {
        int act = e.acts().first();
        List<Participation> ps = new ArrayList<>(e.participants());
        for (int k = 1; k <= 3; k++) {
          ps.add(Participation.of(Role.GOVERNMENT_REPRESENTATIVE, government(act, k)));
          people.add(person(government(act, k)));
        }
        for (int k = 1; k <= 6; k++) {
          ps.add(Participation.of(Role.PARTICIPANT, participant(act, k)));
        }
        e = e.withParticipants(ps);
      }
      events.add(e);
    }
    return DataSet.builder().from(base).events(events).people(people).organisations(stocktakingBodies()).build();
  }

  static Person person(String id) {
    return Person.builder().id(id).name("Placeholder " + id).addSources(Source.of(SEED_004))
        .confidence(Confidence.LOW).build();
  }

  private static Event programmeItem(String id, EventKind kind, String title, String parent, Timing timing) {
    return Event.builder()
        .id(id)
        .kind(kind)
        .title(title)
        .status(EventStatus.HELD)
        .parentId(parent)
        .timing(timing)
        .place(puertoVallarta())
        .addSources(Source.of(SEED_004))
        .confidence(Confidence.HIGH)
        .build();
  }
}
