package org.gcmkit.io.reference;

import static org.gcmkit.io.reference.Refs.CO_FAC_LETTER;
import static org.gcmkit.io.reference.Refs.IISD_ELEMENTS;
import static org.gcmkit.io.reference.Refs.IISD_MODALITIES_AGREED;
import static org.gcmkit.io.reference.Refs.IISD_REV3;
import static org.gcmkit.io.reference.Refs.IOM_PHASE_1;
import static org.gcmkit.io.reference.Refs.NGLS;
import static org.gcmkit.io.reference.Refs.NORWAY_ICRC;
import static org.gcmkit.io.reference.Refs.RCSC_PAGE;
import static org.gcmkit.io.reference.Refs.UNPFIP_FINAL;
import static org.gcmkit.io.reference.Refs.UN_CONF;
import static org.gcmkit.io.reference.Refs.UN_PRESS_DEV3304;
import static org.gcmkit.io.reference.Refs.UN_PRESS_GA11902;
import static org.gcmkit.io.reference.Refs.at;
import static org.gcmkit.io.reference.Refs.atLeast;
import static org.gcmkit.io.reference.Refs.atMost;
import static org.gcmkit.io.reference.Refs.count;
import static org.gcmkit.io.reference.Refs.d;
import static org.gcmkit.io.reference.Refs.geneva;
import static org.gcmkit.io.reference.Refs.held;
import static org.gcmkit.io.reference.Refs.newYork;
import static org.gcmkit.io.reference.Refs.newYorkRoom;
import static org.gcmkit.io.reference.Refs.on;
import static org.gcmkit.io.reference.Refs.online;
import static org.gcmkit.io.reference.Refs.org;
import static org.gcmkit.io.reference.Refs.palais;
import static org.gcmkit.io.reference.Refs.person;
import static org.gcmkit.io.reference.Refs.personOnBehalf;
import static org.gcmkit.io.reference.Refs.place;
import static org.gcmkit.io.reference.Refs.puertoVallarta;
import static org.gcmkit.io.reference.Refs.range;
import static org.gcmkit.io.reference.Refs.seed000;
import static org.gcmkit.io.reference.Refs.seed001;
import static org.gcmkit.io.reference.Refs.seed002;
import static org.gcmkit.io.reference.Refs.seed003;
import static org.gcmkit.io.reference.Refs.seed004;
import static org.gcmkit.io.reference.Refs.span;
import static org.gcmkit.io.reference.Refs.unhq;
import static org.gcmkit.io.reference.Refs.url;

import java.net.URI;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Commission;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Place;
import org.gcmkit.model.PlaceCertainty;
import org.gcmkit.model.RecordPolicy;
import org.gcmkit.model.Region;
import org.gcmkit.model.RelativeDate;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Role;
import org.gcmkit.model.SessionFormat;
import org.gcmkit.model.Timing;
import org.gcmkit.model.Waiver;

/**
 * The events of the process and their programmes, one method per area, in the order of the process.
 *
 * <p>Ids are the fact base's row ids. A few events that the fact base mentions only inside another row's details
 * (the stakeholder dialogue of thematic session 6 at 09:00-09:50, the presentation of the zero draft at 15:00, the
 * informal stakeholder dialogues of rounds 5 and 6) and the plenaries and lunch tables of the civil society
 * stocktaking that seed 004 describes get ids built from their event's id. Every status is the latest known state:
 * an event that took place is {@link EventStatus#HELD} even when it was moved, and the move is its revision.
 */
final class ReferenceEvents {

  private ReferenceEvents() {}

  static List<Event> all() {
    List<Event> list = new ArrayList<>();
    list.addAll(preparation());
    list.addAll(civilSocietyMeetingOf17April());
    list.addAll(idmWorkshops());
    list.addAll(thematicSessions());
    list.addAll(hearings());
    list.addAll(regionalConsultations());
    list.addAll(regionalCivilSocietyConsultations());
    list.addAll(gfmdMeetings());
    list.addAll(otherConsultationPhaseEvents());
    list.addAll(civilSocietyStocktaking());
    list.addAll(stocktakingPhase());
    list.addAll(negotiations());
    list.addAll(conference());
    list.addAll(followUp());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Preparation: New York Declaration to the modalities (ph-0)

  static List<Event> preparation() {
    List<Event> list = new ArrayList<>();
    list.add(held("cs-2016-0918", EventKind.CIVIL_SOCIETY_MEETING,
            "Civil society gathering on the eve of the UN Summit (150 groups)")
        .timing(Timing.builder().start(d("2016-09-18"))
            .relativeTo(RelativeDate.builder().anchorId("sum-2016").offset(Period.ofDays(-1))
                .sourceText("150 civil society groups gathered the day before the Summit").build())
            .build())
        .place(newYork())
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 150, false,
            "150 civil society groups gathered the day before the Summit",
            seed003("In New York, 150 civil society groups gathered the day before the Summit")))
        .addSources(seed003("In New York, 150 civil society groups gathered the day before the Summit"))
        .confidence(Confidence.MEDIUM)
        .note("Date derived from 'the day before' the Summit of 19 Sep 2016. 'There was a proposal for civil society to"
            + " write its own Compact for this process' (003). No phase: it precedes the New York Declaration.")
        .build());
    list.add(held("sum-2016", EventKind.SUMMIT, "UN Summit for Refugees and Migrants (high-level plenary meeting on"
            + " addressing large movements of refugees and migrants)")
        .phaseId("ph-0")
        .timing(on("2016-09-19"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-unga"))
        .addSources(seed001("adopted by UN Member States at the 19 September Summit on Refugees and Migrants"), seed003(),
            seed004())
        .confidence(Confidence.HIGH)
        .note("Adopted the New York Declaration (res-71-1).")
        .build());
    list.add(held("brief-2016-10-14", EventKind.BRIEFING, "IOM briefing to IOM Member States and Observers: follow-up"
            + " to the NY Declaration and IOM's role in the GCM")
        .phaseId("ph-0")
        .timing(on("2016-10-14"))
        .place(palais("Conference room VII"))
        .addParticipants(
            org(Role.ORGANISER, "body-iom"),
            person(Role.SPEAKER, "person-swing", "body-iom"),
            person(Role.SPEAKER, "person-klein-solomon", "body-iom"),
            person(Role.SPEAKER, "person-sarmad", "body-iom"),
            org(Role.SPEAKER, "state-ly", "intervention from the floor"),
            org(Role.SPEAKER, "state-us", "intervention from the floor ('USA')"),
            org(Role.SPEAKER, "state-sk", "intervention from the floor ('Slovakia Republic')"),
            org(Role.SPEAKER, "state-nl", "intervention from the floor"),
            org(Role.SPEAKER, "state-gt", "intervention from the floor"),
            org(Role.SPEAKER, "state-mx", "intervention from the floor"),
            org(Role.SPEAKER, "state-ph", "intervention from the floor"),
            org(Role.SPEAKER, "state-au", "intervention from the floor"),
            org(Role.SPEAKER, "body-icmc", "intervention from the floor"),
            org(Role.SPEAKER, "body-unhcr", "intervention from the floor"),
            org(Role.SPEAKER, "state-se", "intervention from the floor"))
        .addSources(seed003("14 October 2016 · Conference room VII, Palais des Nations, Geneva"))
        .confidence(Confidence.HIGH)
        .note("Time of day not given. Swing gave the general overview, Klein-Solomon the technical details, Sarmad the"
            + " final remarks (003).")
        .build());
    list.add(Event.builder().id("mtg-2016-12-05").kind(EventKind.MEETING)
        .title("Informal consultation on the modalities elements paper")
        .status(EventStatus.PLANNED)
        .phaseId("ph-0")
        .timing(on("2016-12-05"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-cofac"))
        .addSources(url(IISD_ELEMENTS))
        .confidence(Confidence.MEDIUM)
        .note("Announced as planned in the IISD report on the elements paper; whether it took place is not separately"
            + " verified, so the status stays PLANNED.")
        .build());
    list.add(Event.builder().id("iom-council-2016-12").kind(EventKind.MEETING)
        .title("IOM Council (next session after the October 2016 briefing)")
        .status(EventStatus.PLANNED)
        .phaseId("ph-0")
        .timing(on("2016-12-05"))
        .addParticipants(org(Role.ORGANISER, "body-iom"))
        .addSources(seed003("5 December – next IOM Council"))
        .confidence(Confidence.MEDIUM)
        .note("Sweden, 14 Oct 2016: '5 December - next IOM Council'. Venue and session number not stated; not"
            + " verified that it met, so the status stays PLANNED.")
        .build());
    list.add(held("dl-special-accreditation", EventKind.OTHER, "Special accreditation applications (non-ECOSOC"
            + " stakeholders) to the GCM preparatory process: application window")
        .timing(span("2017-03-14", "2017-04-17"))
        .addParticipants(org(Role.ORGANISER, "body-opga"), org(Role.ORGANISER, "body-ngls", "runs the process for OPGA"))
        .addSources(url(NGLS),
            seed000("Application process for special accreditation – deadline cannot be extended and closes today at"
                + " midnight"))
        .confidence(Confidence.HIGH)
        .note("A deadline, not a meeting (fact base kind 'deadline'): the window closed on 17 April 2017 'at midnight'"
            + " (000); the time zone of that midnight is not stated, so no time is given. 'Same for all stakeholders"
            + " including the private sector' (000). ECOSOC-accredited organisations take part directly (see"
            + " body-ecosoc-ngo). No accreditation of a particular organisation is recorded in the sources. No phase:"
            + " the window spans the preparation and Phase I.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // 17 April 2017: Civil Society Informal Meeting at IOM New York, with its provisional agenda (001)

  private static Place iomNewYork() {
    return Place.builder()
        .venue("IOM New York Office").room("Conference Room")
        .address("48th Floor, Chanin Building, 122 East 42nd Street")
        .city("New York").country("US").zone(ZoneId.of("America/New_York"))
        .attendance(AttendanceMode.HYBRID)
        .remoteDetails("A conference call line for civil society actors to participate remotely")
        .build();
  }

  private static Event agendaItem(int n, String start, String end, String title, Participation... speakers) {
    return held("ag-0417-" + n, EventKind.AGENDA_ITEM, title)
        .parentId("mtg-2017-04-17")
        .phaseId("ph-1")
        .number(n)
        .timing(at("2017-04-17T" + start, "2017-04-17T" + end))
        .place(iomNewYork())
        .addParticipants(speakers)
        .addSources(seed001())
        .confidence(Confidence.HIGH)
        .note("Times and speakers from the provisional agenda (001); the notes (000) record a speaking order that"
            + " differs from it.")
        .build();
  }

  static List<Event> civilSocietyMeetingOf17April() {
    List<Event> list = new ArrayList<>();
    list.add(held("mtg-2017-04-17", EventKind.CIVIL_SOCIETY_MEETING,
            "Civil Society Informal Meeting on the Global Compact on Migration In Conjunction with the International"
                + " Dialogue on Migration")
        .phaseId("ph-1")
        .timing(at("2017-04-17T14:00", "2017-04-17T18:00"))
        .place(iomNewYork())
        .addParticipants(
            org(Role.ORGANISER, "body-iom"),
            person(Role.ORGANISER, "person-rajah", "body-iom"),
            person(Role.SPEAKER, "person-jonathan", "body-srsg"),
            person(Role.SPEAKER, "person-alzner", "body-ngls"),
            Participation.builder().role(Role.PARTICIPANT).personId("person-lala")
                .note("on the phone, for a network of refugee and migrants' organisations").build(),
            org(Role.PARTICIPANT, "body-ngocm"),
            org(Role.PARTICIPANT, "body-gcm-coal"),
            org(Role.PARTICIPANT, "body-act"),
            org(Role.PARTICIPANT, "body-stc"),
            org(Role.PARTICIPANT, "body-franciscans"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 30, true, "Probably about 30 of us in the"
            + " room", seed000("Probably about 30 of us in the room")))
        .addSources(seed001("2:00pm – 6:00pm · 17 April 2017 · IOM New York Office"), seed000())
        .confidence(Confidence.HIGH)
        .description("A half-day informal meeting open to all civil society actors, preceding the first"
            + " intersessional workshop of the IDM, to present updates on the GCM preparatory process, share"
            + " assessments of civil society engagement, review preliminary concepts for the RCSCs, preview civil"
            + " society interventions in the IDM and brainstorm next steps (001).")
        .note("The notes (000) record two speakers the provisional agenda does not list, between Michele"
            + " Klein-Solomon's update and Colin Rajah's RCSC item: Jonathan of the SRSG's office and Susan Alzner"
            + " (NGLS); they are on the meeting, not on an agenda item. Those present (000): 'US, Mexico, Vietnam,"
            + " US/Mexico/CA corridor, Bangladesh, Geneva (Franciscans), NGO Committee on Migration (50+ orgs), many"
            + " faith-based (all Christian), Global Coalition on Migration, lots of women's rights orgs, ACT Alliance"
            + " (RM rights new priority), STC'; the places are where participants came from, not States. The"
            + " organiser column of the fact base reads 'IOM (Civil Society Liaison Colin Rajah)'.")
        .build());
    list.add(agendaItem(1, "14:00", "14:15", "Entrance and Registration"));
    list.add(agendaItem(2, "14:15", "14:30", "Welcome", person(Role.SPEAKER, "person-swing", "body-iom")));
    list.add(agendaItem(3, "14:30", "14:45", "Participant Introductions (Name, Organization, Regional Scope, Thematic"
        + " Focus)", person(Role.SPEAKER, "person-rajah", "body-iom")));
    list.add(agendaItem(4, "14:45", "15:45", "Update on GCM Preparatory Process (thematic sessions, multi-stakeholder"
        + " hearings, regional consultations, national consultations, other sessions)",
        person(Role.SPEAKER, "person-klein-solomon", "body-iom")));
    list.add(agendaItem(5, "15:45", "16:30", "Regional Civil Society Consultations (RCSCs): Africa, Asia, Europe, Latin"
        + " America, Middle-East, North America", person(Role.SPEAKER, "person-rajah", "body-iom")));
    list.add(agendaItem(6, "16:30", "17:15", "Preview Civil Society Interventions in IDM",
        person(Role.SPEAKER, "person-vitillo", "body-icmc"),
        person(Role.SPEAKER, "person-gois", "body-mfa"),
        person(Role.SPEAKER, "person-belloni", "body-ngocm"),
        person(Role.SPEAKER, "person-valdez", "body-imumi")));
    list.add(agendaItem(7, "17:15", "18:00", "Next Steps and Timeline", person(Role.SPEAKER, "person-rajah",
        "body-iom")));
    list.add(held("unions-brussels-2017-04", EventKind.CIVIL_SOCIETY_MEETING, "Trade unions' meeting on the GCM in"
            + " Brussels")
        .phaseId("ph-1")
        .timing(on("2017-04-17"))
        .place(place("Brussels", "BE", "Europe/Brussels"))
        .addSources(seed000("Unions are having a meeting on GCM in Brussels right now and may have some money"))
        .confidence(Confidence.LOW)
        .note("Known only to be under way 'right now' on 17 April 2017 (000); its first and last days and its"
            + " organisers are unknown. The date is the one day it is known to have met.")
        .build());
    list.add(held("srsg-office-start", EventKind.MILESTONE, "SRSG office for International Migration becomes"
            + " operational")
        .phaseId("ph-1")
        .timing(Timing.builder().start(d("2017-04-07~"))
            .relativeTo(RelativeDate.builder().anchorId("mtg-2017-04-17").offset(Period.ofDays(-10)).approximate(true)
                .sourceText("Just came into being within the last 10 days").build())
            .build())
        .addParticipants(org(Role.ORGANISER, "body-srsg"))
        .addSources(seed000("Just came into being within the last 10 days (even though officially started three"
            + " months ago, was not staffed)"))
        .confidence(Confidence.LOW)
        .note("'within the last 10 days' of 17 April 2017: some day from 7 to 17 April, given as approximately 7 April"
            + " in the fact base. 'Funded extra-budgetarily, which means it's not budgeted' (000).")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // IOM International Dialogue on Migration 2017

  static List<Event> idmWorkshops() {
    List<Event> list = new ArrayList<>();
    list.add(held("idm-2017-1", EventKind.IDM_WORKSHOP, "IDM 2017 Workshop 1: Strengthening international cooperation"
            + " on and governance of migration towards the adoption of a global compact on migration in 2018")
        .number(1)
        .phaseId("ph-1")
        .timing(span("2017-04-18", "2017-04-19"))
        .place(unhq("Conference Room 1"))
        .addParticipants(org(Role.ORGANISER, "body-iom"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 300, "300+ participants",
            url("http://weblog.iom.int/node/2082")))
        .addSources(seed001("The first IDM intersessional workshop will be held on 18-19 April 2017 in New York"),
            seed000("Scheduled CSO statements tomorrow"),
            url("https://iom.int/strengthening-international-cooperation-and-governance-migration-towards-adoption-global-compact-migration-2018"),
            url("http://weblog.iom.int/node/2082"))
        .confidence(Confidence.HIGH)
        .note("First IDM at UNHQ since IOM joined the UN; civil society statements scheduled on 18 April (000:"
            + " 'Scheduled CSO statements tomorrow'). 003: the IDM 'in 2017 and 2018 (if needed) will be dedicated to"
            + " the GC'.")
        .build());
    list.add(held("idm-2017-2", EventKind.IDM_WORKSHOP, "IDM 2017 Workshop 2: Understanding migrant vulnerabilities -"
            + " a solution-based approach towards a global compact that reduces vulnerabilities and empowers migrants")
        .number(2)
        .phaseId("ph-1")
        .timing(span("2017-07-18", "2017-07-19"))
        .place(palais("Room XVIII"))
        .addParticipants(org(Role.ORGANISER, "body-iom"))
        .addSources(seed000("IOM IDM – July in Geneva · Migrants in vulnerable situations"),
            url("https://www.iom.int/international-dialogue-migration-2017-understanding-migrant-vulnerabilities-solution-based-approach"))
        .confidence(Confidence.HIGH)
        .note("Planned in April 2017 as 'July in Geneva' (000), as held; no revision is needed.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The six informal thematic sessions (official themes from the fact base rows)

  private static Event.Builder thematic(int n, String theme, String start, String end, Place place) {
    return held("ts" + n, EventKind.THEMATIC_SESSION, "Informal thematic session " + n)
        .number(n)
        .theme(theme)
        .phaseId("ph-1")
        .timing(span(start, end))
        .place(place)
        .addParticipants(
            org(Role.ORGANISER, "body-opga"),
            org(Role.ORGANISER, "body-cofac"),
            org(Role.ORGANISER, "body-srsg"));
  }

  private static final String THEMATIC_NOTE = " Civil society access (002): 'One or two interventions at end of each"
      + " session, at discretion of chair, randomly selected'; 'Special 1hr session with co-facilitators on second"
      + " day'. Live interpretation was announced (000), the languages are not given.";

  static List<Event> thematicSessions() {
    List<Event> list = new ArrayList<>();
    list.add(thematic(1, "Human rights of all migrants, social inclusion, cohesion and all forms of discrimination,"
            + " including racism, xenophobia and intolerance", "2017-05-08", "2017-05-09", palais())
        .addRevisions(Revision.builder()
            .timing(Timing.of(d("2017-05-01/2017-05-10").withSourceText("in early May")))
            .place(geneva())
            .status(EventStatus.PLANNED)
            .statedOn(d("2017-04-17"))
            .addSources(seed000("One issue brief already prepared on human rights with GMG · Subject of meeting in"
                + " Geneva in early May"))
            .confidence(Confidence.MEDIUM)
            .note("Fact base row plan-ts-hr-brief: the Geneva meeting 'in early May' that the human-rights issue brief"
                + " was for is this session. The fact base writes early May as 1-10 May. The same notes also give"
                + " the exact plan 'May 8/9 in Geneva – human rights', which is what happened.")
            .build())
        .addSources(seed000("May 8/9 in Geneva – human rights"), seed004(), url(NORWAY_ICRC), url(IOM_PHASE_1))
        .confidence(Confidence.HIGH)
        .note("Venue: Palais des Nations. 000: 'First thematic meeting will not have CSO participation but will likely"
            + " be meeting with co-facilitators on morning of May 9' (see ts1-cofac-cs)." + THEMATIC_NOTE)
        .build());
    list.add(Event.builder().id("ts1-cofac-cs").kind(EventKind.MEETING)
        .title("Co-facilitators' meeting with civil society during thematic session 1")
        .status(EventStatus.PLANNED)
        .parentId("ts1")
        .phaseId("ph-1")
        .timing(on("2017-05-09"))
        .place(geneva())
        .addParticipants(org(Role.ORGANISER, "body-cofac"))
        .addSources(seed000("First thematic meeting will not have CSO participation but will likely be meeting with"
            + " co-facilitators on morning of May 9"))
        .confidence(Confidence.LOW)
        .note("Expected 'on morning of May 9' (000); the morning is not a time the model can hold without inventing"
            + " hours, and whether it took place is not recorded, so the status stays PLANNED.")
        .build());
    list.add(thematic(2, "Addressing drivers of migration, including adverse effects of climate change, natural"
            + " disasters and human-made crises, through protection and assistance, sustainable development, poverty"
            + " eradication, conflict prevention and resolution", "2017-05-22", "2017-05-23", unhq())
        .addSources(seed000("May 22/23 in NY – drivers"), seed004(), url(NORWAY_ICRC), url(IOM_PHASE_1))
        .confidence(Confidence.HIGH)
        .note("Venue: UN Headquarters. NGLS apply-by date for stakeholders: 15 May 2017. 000 (SRSG's office): 'Drivers"
            + " of migration will be second session'; 'Will likely be tight on the second one as well' (concept"
            + " note)." + THEMATIC_NOTE)
        .build());
    list.add(thematic(3, "International cooperation and governance of migration in all its dimensions, including at"
            + " borders, on transit, entry, return, readmission, integration and reintegration",
            "2017-06-19", "2017-06-20",
            Place.builder().venue("UN Geneva").city("Geneva").country("CH").zone(Refs.ZURICH).build())
        .addSources(seed000("June 19/20 in Geneva – international cooperation and migration governance"), seed004(),
            url(NORWAY_ICRC), url(IOM_PHASE_1))
        .confidence(Confidence.HIGH)
        .note("NGLS apply-by date for stakeholders: 30 May 2017." + THEMATIC_NOTE)
        .build());
    list.add(thematic(4, "Contributions of migrants and diasporas to all dimensions of sustainable development,"
            + " including remittances and portability of earned benefits", "2017-07-24", "2017-07-25", unhq())
        .addSources(seed000("July 24/25 in NY – contributions of migrants and diaspora"), seed004(), url(NORWAY_ICRC),
            url(IOM_PHASE_1))
        .confidence(Confidence.HIGH)
        .note("Venue: UN Headquarters." + THEMATIC_NOTE)
        .build());
    list.add(thematic(5, "Smuggling of migrants, trafficking in persons and contemporary forms of slavery, including"
            + " appropriate identification, protection and assistance to migrants and trafficking victims",
            "2017-09-04", "2017-09-05",
            Place.builder().venue("Vienna International Centre").room("Plenary Room").city("Vienna").country("AT")
                .zone(ZoneId.of("Europe/Vienna")).build())
        .addSources(seed000("September 4/5 in Vienna – smuggling and trafficking"), seed004(), url(NORWAY_ICRC),
            url(IOM_PHASE_1))
        .confidence(Confidence.HIGH)
        .note("At UNOV/UNODC. Co-facilitators' summary transmitted 9 Oct 2017." + THEMATIC_NOTE)
        .build());
    list.add(thematic(6, "Irregular migration and regular pathways, including decent work, labour mobility,"
            + " recognition of skills and qualifications and other relevant measures", "2017-10-12", "2017-10-13",
            palais("Room XIX"))
        .addParticipants(person(Role.ORGANISER, "person-lajcak", "body-opga"))
        .addRevisions(Revision.builder()
            .timing(span("2017-10-02", "2017-10-03"))
            .place(geneva())
            .status(EventStatus.PLANNED)
            .statedOn(d("2017-04-17"))
            .addSources(seed000("October 2/3 in Geneva – irregular migration and regular pathways"))
            .confidence(Confidence.HIGH)
            .note("Fact base row ts6-plan (status=superseded_by ts6).")
            .build())
        .addSources(seed000(), url(NORWAY_ICRC), url(IOM_PHASE_1), url("http://refugeesmigrants.un.org/labour-mobility"),
            url("http://sdg.iisd.org/events/sixth-informal-thematic-session-for-global-compact-on-migration"))
        .confidence(Confidence.HIGH)
        .note("Rescheduled: planned for 2-3 October 2017 in Geneva (000), held 12-13 October (the fact base's"
            + " status=rescheduled, previousStartDate=2017-10-02). Its status is HELD because it took place; the"
            + " earlier dates are its revision, which gives it SEQUENCE 1 in calendars. Three expert panels and a"
            + " concluding panel." + THEMATIC_NOTE)
        .build());
    list.add(held("ts6-stakeholder-dialogue", EventKind.AGENDA_ITEM, "Informal dialogue with stakeholders (thematic"
            + " session 6)")
        .parentId("ts6")
        .phaseId("ph-1")
        .timing(at("2017-10-13T09:00", "2017-10-13T09:50"))
        .place(palais("Room XIX"))
        .addParticipants(org(Role.ORGANISER, "body-cofac"))
        .addSources(url("http://refugeesmigrants.un.org/labour-mobility"),
            url("http://sdg.iisd.org/events/sixth-informal-thematic-session-for-global-compact-on-migration"))
        .confidence(Confidence.HIGH)
        .note("The fact base row ts6 gives 'stakeholder informal dialogue 13 Oct 09:00-09:50'; the room is the"
            + " session's.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The five informal interactive multi-stakeholder hearings

  static List<Event> hearings() {
    List<Event> list = new ArrayList<>();
    list.add(held("msh-1", EventKind.MULTI_STAKEHOLDER_HEARING, "1st informal interactive multi-stakeholder hearing"
            + " (full day)")
        .number(1)
        .phaseId("ph-1")
        .timing(on("2017-07-26"))
        .place(unhq("Trusteeship Council Chamber"))
        .addParticipants(org(Role.ORGANISER, "body-opga"), person(Role.ORGANISER, "person-thomson", "body-opga"))
        .addSources(url("https://refugeesmigrants.un.org/26-july-multi-stakeholder-hearing"), url(NGLS))
        .confidence(Confidence.HIGH)
        .note("Held 26 July, the day after thematic session 4; a '25 Jul' date is not supported by the sources. Panels"
            + " on human rights, drivers and other themes. 002: 'Separate but Unequal: Few states participated,"
            + " distinct themes, little to no funding, poor timing'.")
        .build());
    list.add(held("msh-2", EventKind.MULTI_STAKEHOLDER_HEARING, "2nd informal interactive multi-stakeholder hearing")
        .number(2)
        .phaseId("ph-1")
        .timing(on("2017-10-11"))
        .place(geneva())
        .addParticipants(
            org(Role.ORGANISER, "body-opga"),
            person(Role.ORGANISER, "person-lajcak", "body-opga"),
            Participation.builder().role(Role.MODERATOR).personId("person-chatzis").organisationId("body-unodc")
                .note("moderator of the panel on smuggling, trafficking and slavery").build(),
            org(Role.SPEAKER, "body-asylum-access-ec", "regional civil society statement for Latin America and the"
                + " Caribbean"))
        .addSources(url("https://www.un.org/pga/72/2017/10/11/second-informal-interactive-multi-stakeholder-hearing/"),
            url("https://www.unodc.org/unodc/en/frontpage/2017/October/stakeholders-meet-in-geneva-to-discuss-global-compact-on-migration.html"),
            url("http://sdg.iisd.org/news/informal-migration-consultations-explore-decent-work-regular-pathways/"))
        .confidence(Confidence.HIGH)
        .note("Held in Geneva (not New York), the day before thematic session 6. Panels: smuggling/trafficking/slavery;"
            + " irregular migration and regular pathways; regional perspectives with regional civil society"
            + " statements.")
        .build());
    list.add(held("msh-3", EventKind.MULTI_STAKEHOLDER_HEARING, "3rd informal interactive multi-stakeholder hearing"
            + " (whole-of-society approach)")
        .number(3)
        .phaseId("ph-2")
        .timing(on("2017-12-18"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-opga"), person(Role.ORGANISER, "person-lajcak", "body-opga"))
        .addSources(url("https://www.un.org/pga/72/2017/12/18/third-multi-stakeholder-hearing-on-migration-2"),
            url("https://www.un.org/pga/72/?p=134437"))
        .confidence(Confidence.MEDIUM)
        .note("PGA: 'we are at the halfway point'. The venue (UNHQ) is inferred, the room not verified, so only the"
            + " city is given. 004 (Nov 2017) counted 'Two multi-stakeholder hearings' in 2017; three were held in"
            + " 2017 and five in all (the modalities foresaw 'four days').")
        .build());
    list.add(held("msh-4", EventKind.MULTI_STAKEHOLDER_HEARING, "4th informal interactive multi-stakeholder hearing")
        .number(4)
        .phaseId("ph-3")
        .timing(on("2018-02-21"))
        .place(newYorkRoom("Trusteeship Council Chamber"))
        .addParticipants(org(Role.ORGANISER, "body-opga"), person(Role.ORGANISER, "person-lajcak", "body-opga"))
        .addSources(url("https://refugeesmigrants.un.org/21-february-multi-stakeholder-hearing"), url(CO_FAC_LETTER))
        .confidence(Confidence.HIGH)
        .note("Registration until 7 Feb 2018; registered participants could also attend the negotiations of 20, 22 and"
            + " 23 Feb. Panels on data and narratives. The refugeesmigrants page says 'full day', the co-facilitators'"
            + " schedule 'half-day' - conflicting, so no times are given.")
        .build());
    list.add(held("msh-5", EventKind.MULTI_STAKEHOLDER_HEARING, "5th and final informal multi-stakeholder hearing:"
            + " 'Migration - What's Really Going On: Lessons from the Field' (half day)")
        .number(5)
        .phaseId("ph-3")
        .timing(on("2018-05-21"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-opga"))
        .addSources(url("http://sdg.iisd.org/news/final-multi-stakeholder-hearing-highlights-good-practices-in-migration/"))
        .confidence(Confidence.HIGH)
        .note("Between negotiation rounds 4 and 5. A half day; which half is not given.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Regional consultations of the UN Regional Economic Commissions

  static List<Event> regionalConsultations() {
    List<Event> list = new ArrayList<>();
    list.add(held("rec-eclac-2017", EventKind.REGIONAL_CONSULTATION, "Regional Consultation for Latin America and the"
            + " Caribbean towards the GCM (Regional Preparatory Meeting of International Migration Experts)")
        .commission(Commission.ECLAC)
        .phaseId("ph-1")
        .timing(span("2017-08-30", "2017-08-31"))
        .place(place("Santiago", "CL", "America/Santiago"))
        .addParticipants(org(Role.ORGANISER, "body-eclac"), org(Role.ORGANISER, "body-desa"),
            org(Role.ORGANISER, "body-iom"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.EXPERTS, 45, false, "45 experts",
            url("http://www.iom.int/news/chile-hosts-regional-consultation-latin-america-and-caribbean-global-compact-migration")))
        .addSources(seed000("ECLAC consultation will be in Santiago"),
            url("http://www.iom.int/news/chile-hosts-regional-consultation-latin-america-and-caribbean-global-compact-migration"))
        .confidence(Confidence.HIGH)
        .note("'first of five regional consultations'.")
        .build());
    list.add(held("rec-escwa-2017", EventKind.REGIONAL_CONSULTATION, "Regional Consultation on International Migration"
            + " in the Arab Region in preparation for the GCM")
        .commission(Commission.ESCWA)
        .phaseId("ph-1")
        .timing(span("2017-09-26", "2017-09-27"))
        .place(Place.builder().venue("UN House").address("Riad el-Solh Square").city("Beirut").country("LB")
            .zone(ZoneId.of("Asia/Beirut")).build())
        .addParticipants(org(Role.ORGANISER, "body-escwa"), org(Role.ORGANISER, "body-iom"),
            org(Role.ORGANISER, "body-las"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 90, true, "~90 participants",
            url("https://iom.int/news/arab-region-contributes-global-compact-migration-un-consultations")))
        .addSources(url("https://www.unescwa.org/oes-speeches/regional-consultation-international-migration-arab-region-preparation-global-compact"),
            url("https://iom.int/news/arab-region-contributes-global-compact-migration-un-consultations"))
        .confidence(Confidence.HIGH)
        .note("002: for Africa, Asia and MENA, RCSC 'representatives participated and/or reported in RECs'"
            + " consultations (ECA, ESCAP, ESCWA)'. The MENA RCSC delegation presented civil society outcomes on 26 Sep; its members"
            + " are not named, so no participation is recorded.")
        .build());
    list.add(held("rec-eca-2017", EventKind.REGIONAL_CONSULTATION, "African Regional Consultative Meeting on the GCM")
        .commission(Commission.ECA)
        .phaseId("ph-1")
        .timing(span("2017-10-26", "2017-10-27"))
        .place(Place.builder().venue("UNECA").city("Addis Ababa").country("ET").zone(ZoneId.of("Africa/Addis_Ababa"))
            .build())
        .addParticipants(org(Role.ORGANISER, "body-eca"))
        .addSources(url("http://sdg.iisd.org/events/africa-regional-conference-on-migration/"),
            url("https://archive.pakistantoday.com.pk/?p=730647"))
        .confidence(Confidence.HIGH)
        .note("Its outcome document fed the stocktaking.")
        .build());
    list.add(held("rec-escap-2017", EventKind.REGIONAL_CONSULTATION, "Asia-Pacific Regional Preparatory Meeting for the"
            + " GCM")
        .commission(Commission.ESCAP)
        .phaseId("ph-1")
        .timing(span("2017-11-06", "2017-11-08"))
        .place(place("Bangkok", "TH", "Asia/Bangkok"))
        .addParticipants(org(Role.ORGANISER, "body-escap"), org(Role.HOST, "state-th"),
            org(Role.SUPPORTER, "body-iom"),
            personOnBehalf(Role.CHAIR, "person-arriola", "state-ph"))
        .addSources(seed000("the economic regional consultation (November 6-8)"),
            url("https://docslib.org/doc/3283949/report-of-the-asia-pacific-regional-preparatory-meeting-for-the-global-compact-for-safe-orderly-and-regular-migration"),
            url("https://www.iom.int/news/asia-pacific-states-prepare-global-compact-migration"))
        .confidence(Confidence.HIGH)
        .note("Report E/ESCAP/GCM/PREP/6. The dates were already known on 17 April 2017 (000), as held. Inputs of the"
            + " Pacific RCSC (2-3 Nov) were taken to it.")
        .build());
    list.add(Event.builder().id("rec-ece").kind(EventKind.REGIONAL_CONSULTATION)
        .title("ECE 'additional meeting ... that will review the GCM'")
        .status(EventStatus.PLANNED)
        .commission(Commission.ECE)
        .phaseId("ph-1")
        .addParticipants(org(Role.ORGANISER, "body-ece"))
        .addSources(seed004("4 full regional consultations organised by 4 of the UN Regional Economic Commissions"
                + " (RECs), and an additional meeting by the Economic Commission of Europe (ECE) that will review the"
                + " GCM."),
            seed000("REC for developed world (North Americas and Europe) are a bit slower in starting"))
        .confidence(Confidence.LOW)
        .note("Date and place unknown: not found in the sources searched (domain.md 7). 004 lists it among what Phase I"
            + " 'will have encompassed' by the end of 2017, hence ph-1 and the status PLANNED; whether and when it met"
            + " is not recorded.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The seven regional civil society consultations (RCSCs) of 2017

  private static final String RCSC_SIZE = "30-80 participants each, 400+ participants from 70 countries";

  private static Event.Builder rcsc(String id, Region region, String title, String start, String end, Place place) {
    return held(id, EventKind.REGIONAL_CIVIL_SOCIETY_CONSULTATION, title)
        .region(region)
        .phaseId("ph-1")
        .timing(span(start, end))
        .place(place)
        .addParticipants(
            org(Role.SUPPORTER, "body-iom", "organised with IOM's support, not by IOM (000)"),
            org(Role.FUNDER, "body-rcsc-funders"))
        .addHeadcounts(range(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 30, 80, RCSC_SIZE,
            seed002(RCSC_SIZE)));
  }

  static List<Event> regionalCivilSocietyConsultations() {
    List<Event> list = new ArrayList<>();
    list.add(rcsc("rcsc-asia", Region.ASIA, "Regional Civil Society Consultation (RCSC) - Asia", "2017-08-04",
            "2017-08-05", place("Bangkok", "TH", "Asia/Bangkok"))
        .addParticipants(org(Role.ANCHOR, "body-mfa"))
        .addRevisions(Revision.builder()
            .timing(Timing.builder().start(d("2017-10-16~"))
                .relativeTo(RelativeDate.builder().anchorId("rec-escap-2017").offset(Period.ofWeeks(-3))
                    .approximate(true)
                    .sourceText("about three weeksbefore the economic regional consultation (November 6-8)").build())
                .build())
            .place(place("Bangkok", "TH", "Asia/Bangkok"))
            .status(EventStatus.TENTATIVE)
            .statedOn(d("2017-04-17"))
            .addSources(seed000("Looking to do consultation in Bangkok about three weeksbefore the economic regional"
                + " consultation (November 6-8) · So can do lobbying, etc."))
            .confidence(Confidence.LOW)
            .note("Fact base row plan-rcsc-asia. The date is derived: three weeks before 6 November is about 16"
                + " October. It was held about three months before instead.")
            .build())
        .addSources(seed002("Asia (Bangkok, 4-5 Aug)"), seed004(), url(RCSC_PAGE))
        .confidence(Confidence.HIGH)
        .note("'MFA, APPRN and Global Alliance on Trafficking in Women (GAATW) just did training for CSOs on GCM' (000)."
            + " Representatives reported at the ESCAP consultation (002).")
        .build());
    list.add(rcsc("rcsc-mena", Region.MIDDLE_EAST_NORTH_AFRICA, "Regional Civil Society Consultation (RCSC) - Middle"
            + " East and North Africa (MENA)", "2017-08-24", "2017-08-25", place("Beirut", "LB", "Asia/Beirut"))
        .addParticipants(org(Role.ANCHOR, "body-ccrm"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 45, false, "45 representatives",
            url("http://crossregionalcenter.org/how-to-find-research-software-for-your-firm/")))
        .addSources(seed002("MENA (Beirut, 24-25 Aug)"), seed004(), url(RCSC_PAGE),
            url("http://crossregionalcenter.org/how-to-find-research-software-for-your-firm/"))
        .confidence(Confidence.HIGH)
        .note("Its delegation reported at the ESCWA consultation on 26 Sep. 000 (Middle East): 'Arab Network on"
            + " Migrants' Rights based in Lebanon', CCRM, 'Includes Gulf migrants and those in Mediterranean'.")
        .build());
    list.add(rcsc("rcsc-africa", Region.AFRICA, "Regional Civil Society Consultation (RCSC) - Africa", "2017-08-28",
            "2017-08-29", Place.builder().venue("AZALAI Grand Hotel").city("Bamako").country("ML")
                .zone(ZoneId.of("Africa/Bamako")).build())
        .addParticipants(org(Role.ANCHOR, "body-panidmr"), org(Role.ANCHOR, "body-made-afrique"),
            org(Role.PARTICIPANT, "state-ml", "'Limited government presence (exception of Mali)' (002)"))
        .addLanguages("fr", "en")
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 81, false, "81 participants",
                url("https://futuroencomun.net/africa-civil-society-organizations-regional-consultation-on-the-global-compact-on-safe-orderly-and-regular-migration/")),
            count(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 50, true, "~50 orgs",
                url("https://futuroencomun.net/africa-civil-society-organizations-regional-consultation-on-the-global-compact-on-safe-orderly-and-regular-migration/")))
        .addRevisions(Revision.builder()
            .place(Place.builder().city("Addis Ababa").country("ET").zone(ZoneId.of("Africa/Addis_Ababa"))
                .certainty(PlaceCertainty.PROBABLE).sourceText("Likely Addis Ababa").build())
            .status(EventStatus.TENTATIVE)
            .statedOn(d("2017-04-17"))
            .addSources(seed000("consultation will be bilingual and will try to breakout sub-regionally into 5"
                + " geographies · Likely Addis Ababa"))
            .confidence(Confidence.LOW)
            .note("Fact base row plan-rcsc-africa: a place with a 'likely' qualifier and no date; organisers then"
                + " named were the Pan Africa network and the MADE office in Brussels with Africa partners (000).")
            .build())
        .addSources(seed002("Africa (Bamako, 28-29 August)"), seed004(), url(RCSC_PAGE),
            url("https://futuroencomun.net/africa-civil-society-organizations-regional-consultation-on-the-global-compact-on-safe-orderly-and-regular-migration/"))
        .confidence(Confidence.HIGH)
        .note("Bilingual French/English, as planned (000: 'consultation will be bilingual and will try to breakout"
            + " sub-regionally into 5 geographies'). 81 participants (futuroencomun.net) exceeds 002's '30-80"
            + " participants each'; both are kept.")
        .build());
    list.add(rcsc("rcsc-na", Region.NORTH_AMERICA, "Regional Civil Society Consultation (RCSC) - North America",
            "2017-09-25", "2017-09-26", place("Washington, DC", "US", "America/New_York"))
        .addParticipants(org(Role.ANCHOR, "body-aflcio"), org(Role.ANCHOR, "body-alianza"),
            org(Role.ANCHOR, "body-nnirr"), org(Role.ANCHOR, "body-solidarity"))
        .addSources(seed002("N. America (Washington DC, 25-26 Sept)"), seed004(), url(RCSC_PAGE))
        .confidence(Confidence.MEDIUM)
        .note("Dates only from 002; not cross-checked. In April 2017 there was a 'Question about what to do here ·"
            + " Look at it as migration corridor?' (000).")
        .build());
    list.add(rcsc("rcsc-europe", Region.EUROPE, "Regional Civil Society Consultation (RCSC) - Europe", "2017-10-02",
            "2017-10-03", place("Brussels", "BE", "Europe/Brussels"))
        .addParticipants(org(Role.ANCHOR, "body-made"), org(Role.ANCHOR, "body-picum"),
            org(Role.HOST, "body-made", "hosted by the MADE Global Coordinating Office of ICMC"),
            org(Role.HOST, "body-picum"),
            org(Role.FUNDER, "body-icmc", "MADE/ICMC co-funding"))
        .addSources(seed002("Europe (Brussels, 2-3 Oct)"), seed004(), url(RCSC_PAGE),
            url("http://madenetwork.org/european-rcsc"))
        .confidence(Confidence.HIGH)
        .note("Planned in Brussels in April 2017 (000: 'CSO consultation in Brussels'), as held. IOM financial support.")
        .build());
    list.add(rcsc("rcsc-latam", Region.LATIN_AMERICA, "Regional Civil Society Consultation (RCSC) - Latin America",
            "2017-10-05", "2017-10-06", place("Quito", "EC", "America/Guayaquil"))
        .addParticipants(org(Role.ANCHOR, "body-bloque"), org(Role.TECHNICAL_FOCAL_POINT, "body-asylum-access-ec"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 60, "60+ CSOs",
            url("https://asylumaccess.org/asylum-access-represents-latin-american-civil-society-organizations-call-migrant-rights-un-session-global-compact-migration/")))
        .addRevisions(Revision.builder()
            .place(Place.builder().city("San Salvador").country("SV").zone(ZoneId.of("America/El_Salvador"))
                .certainty(PlaceCertainty.CANDIDATE)
                .addAlternatives(Place.builder().city("Santiago").country("CL").zone(ZoneId.of("America/Santiago"))
                    .certainty(PlaceCertainty.CANDIDATE)
                    .sourceText("Exploring whether can have CSO meeting there but very expensive").build())
                .sourceText("might look at San Salvador or another location instead")
                .build())
            .status(EventStatus.TENTATIVE)
            .statedOn(d("2017-04-17"))
            .addSources(seed000("ECLAC consultation will be in Santiago · Exploring whether can have CSO meeting there"
                + " but very expensive, so might look at San Salvador or another location instead"))
            .confidence(Confidence.LOW)
            .note("Fact base row plan-rcsc-latam: candidates Santiago (with the ECLAC consultation), San Salvador, or"
                + " 'another location' (which no place value can name). No date was given.")
            .build())
        .addSources(seed002("Latin Am. (Quito, 5-6 Oct)"), seed004(), url(RCSC_PAGE),
            url("https://asylumaccess.org/asylum-access-represents-latin-american-civil-society-organizations-call-migrant-rights-un-session-global-compact-migration/"))
        .confidence(Confidence.MEDIUM)
        .note("Asylum Access describes a '3-day consultation' in Quito, which conflicts with the two days of 002; the"
            + " two days are kept (domain.md 7).")
        .build());
    list.add(rcsc("rcsc-pacific", Region.PACIFIC, "Regional Civil Society Consultation (RCSC) - Pacific", "2017-11-02",
            "2017-11-03", place("Nadi", "FJ", "Pacific/Fiji"))
        .addParticipants(org(Role.ANCHOR, "body-piango"), org(Role.ANCHOR, "body-ccf"),
            org(Role.PARTNER, "body-sapmic"), org(Role.PARTNER, "body-dtp"), org(Role.PARTNER, "body-mfa"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 30, "30+ CSOs from 8 Pacific Islands",
            url("https://vdocuments.net/pacific-islands-civil-society-consultation-on-the-global-compact-mw-fiji-gcm.html")))
        .addSources(seed002("Pacific (2-3 Nov)"), seed004(), url(RCSC_PAGE),
            url("https://vdocuments.net/pacific-islands-civil-society-consultation-on-the-global-compact-mw-fiji-gcm.html"))
        .confidence(Confidence.HIGH)
        .note("002 gives only '(2-3 Nov)'; the city, Nadi, is from the public report. Inputs were taken to the ESCAP"
            + " meeting of 6-8 Nov.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Global Forum on Migration and Development

  static List<Event> gfmdMeetings() {
    List<Event> list = new ArrayList<>();
    list.add(held("gfmd-2016-csd", EventKind.GFMD_MEETING, "GFMD 2016 Civil Society Days")
        .phaseId("ph-0")
        .timing(span("2016-12-08", "2016-12-09"))
        .place(Place.builder().venue("Bangabandhu International Conference Center (BICC)").city("Dhaka").country("BD")
            .zone(ZoneId.of("Asia/Dhaka")).build())
        .addParticipants(org(Role.ORGANISER, "body-icmc", "GFMD civil society coordinating office"),
            person(Role.CHAIR, "person-rajah", "body-gfmd"))
        .addSources(seed004("to Bangladesh in December 2016"),
            url("https://docslib.org/doc/5792200/ninth-gfmd-summit-logistics-note-for-participants"),
            url("https://madenetwork-org.gfmdcivilsociety.org/node/787"))
        .confidence(Confidence.HIGH)
        .note("Common Space with governments on 10 Dec. Not a programme item of gfmd-2016: it precedes the summit's"
            + " days. 004: the Civil Society Days 'brought together over 400 civil society representatives' in"
            + " Bangladesh (2016) and Germany (2017) taken together.")
        .build());
    list.add(held("gfmd-2016", EventKind.GFMD_MEETING, "Ninth GFMD Summit (Bangladesh 2016)")
        .phaseId("ph-0")
        .theme("Migration that Works for Sustainable Development for All: Towards a transformative migration agenda")
        .timing(span("2016-12-10", "2016-12-12"))
        .place(place("Dhaka", "BD", "Asia/Dhaka"))
        .addParticipants(org(Role.ORGANISER, "state-bd", "Government of Bangladesh, GFMD 2016 Chair"))
        .addSources(seed004(), url("https://docslib.org/doc/5792200/ninth-gfmd-summit-logistics-note-for-participants"))
        .confidence(Confidence.HIGH)
        .build());
    list.add(held("gfmd-2017", EventKind.GFMD_MEETING, "Tenth GFMD Summit (Berlin)")
        .phaseId("ph-1")
        .timing(span("2017-06-28", "2017-06-30"))
        .place(place("Berlin", "DE", "Europe/Berlin"))
        .addParticipants(org(Role.ORGANISER, "state-de", "GFMD 2017-2018 Co-Chair"),
            org(Role.ORGANISER, "state-ma", "GFMD 2017-2018 Co-Chair"))
        .addSources(seed004(), seed000("Germany this year; Morocco next year"),
            url("http://destination-unknown.org/event/global-forum-on-migration-and-development-civil-society-days/"))
        .confidence(Confidence.HIGH)
        .note("Government Days 28-29 June; Common Space 30 June.")
        .build());
    list.add(held("gfmd-2017-csd", EventKind.GFMD_MEETING, "GFMD 2017 Civil Society Days: 'Safe, Orderly, Regular"
            + " Migration Now: Mechanics of a Compact Worth Agreeing to'")
        .phaseId("ph-1")
        .timing(Timing.builder().start(d("2017-06-29")).end(d("2017-07-01"))
            .addDays(java.time.LocalDate.of(2017, 6, 29), java.time.LocalDate.of(2017, 7, 1))
            .build())
        .place(Place.builder().venue("Hotel Palace Berlin").city("Berlin").country("DE")
            .zone(ZoneId.of("Europe/Berlin")).build())
        .addParticipants(
            org(Role.ORGANISER, "body-icmc", "ICMC (MADE)"),
            org(Role.ORGANISER, "body-isc"),
            person(Role.CHAIR, "person-maas", "body-gfmd"),
            person(Role.CO_CHAIR, "person-valdez", "body-imumi"))
        .addSources(seed002("2017 GFMD CSD in Berlin focused entirely on GCM"),
            seed004("Germany in late June and July of 2017"),
            url("https://www.icmc.net/newsroom/news-and-statements/gfmd-civil-society-days-concrete-solutions-from-civil-society"),
            url("https://www.adept-platform.org/gfmd-civil-society-days/"))
        .confidence(Confidence.HIGH)
        .note("Two separate days: Day 1 on 29 June, Day 2 on 1 July (30 June was the Common Space); 004 says 'late June"
            + " and July of 2017'. 10 'tea tables' with governments. Not a programme item of gfmd-2017: its second day"
            + " falls after the summit.")
        .build());
    list.add(held("gfmd-2018", EventKind.GFMD_MEETING, "Eleventh GFMD Summit (Marrakesh)")
        .phaseId("ph-4")
        .theme("Honouring International Commitments to Unlock the Potential of All Migrants for Development")
        .timing(span("2018-12-05", "2018-12-07"))
        .place(Place.builder().city("Marrakech").country("MA").zone(Refs.CASABLANCA).build())
        .addParticipants(org(Role.ORGANISER, "state-de", "GFMD 2017-2018 Co-Chair"),
            org(Role.ORGANISER, "state-ma", "GFMD 2017-2018 Co-Chair"))
        .addHeadcounts(atMost(CountBasis.EXPECTED, CountCategory.CIVIL_SOCIETY, 250, "max 250 CS delegates",
            url("https://madenetwork-org.gfmdcivilsociety.org/fr/civil-society-participation-2")))
        .addSources(seed000("Germany this year; Morocco next year"),
            url("https://docslib.org/doc/903626/marrakesh-summit-logistics-note"),
            url("https://madenetwork-org.gfmdcivilsociety.org/fr/civil-society-participation-2"))
        .confidence(Confidence.HIGH)
        .note("Civil Society Days 4-6 Dec 2018 (no separate record: the fact base gives them only in this row).")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Other events of Phase I: GRCP 7, civil society processes, consultations of other processes

  static List<Event> otherConsultationPhaseEvents() {
    List<Event> list = new ArrayList<>();
    list.add(held("grcp7", EventKind.MEETING, "Seventh Global Meeting of Chairs and Secretariats of Regional,"
            + " Inter-regional and Global Consultative Processes on Migration (GRCP 7)")
        .phaseId("ph-1")
        .timing(span("2017-10-10", "2017-10-11"))
        .place(geneva())
        .addParticipants(org(Role.ORGANISER, "body-iom"), org(Role.PARTICIPANT, "body-rcps"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 19, false,
            "19 inter-state consultation mechanisms",
            url("https://iom.int/news/un-migration-agency-hosts-global-meeting-consultative-processes-migration")))
        .addSources(url("https://iom.int/news/un-migration-agency-hosts-global-meeting-consultative-processes-migration"),
            seed003("government “Regional consultative processes” – will hold meeting next year"),
            seed000("IOM organizing regional consultative processes"))
        .confidence(Confidence.HIGH)
        .note("The RCPs' meeting that 003 announced for 2017.")
        .build());
    list.add(held("child-berlin-2017", EventKind.CONFERENCE, "Children on the Move conference (Initiative on Child"
            + " Rights in the Global Compacts)")
        .phaseId("ph-1")
        .timing(on("2017-06"))
        .place(place("Berlin", "DE", "Europe/Berlin"))
        .addParticipants(org(Role.ORGANISER, "body-childrights"), org(Role.ORGANISER, "body-tdh", "coordinator"),
            org(Role.ORGANISER, "body-save-the-children", "coordinator"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.CIVIL_SOCIETY, 300, true,
            "some 300 civil society actors, including 20 youth delegates",
            seed004("the Initiative convened some 300 civil society actors, including 20 youth delegates, in a major"
                + " two-day conference on Children on the Move, in Berlin in June 2017")))
        .addSources(seed004("a major two-day conference on Children on the Move, in Berlin in June 2017"))
        .confidence(Confidence.MEDIUM)
        .note("Two days in June 2017; which days is unknown (domain.md 7), so only the month is given.")
        .build());
    list.add(held("unhcr-ngo-2017", EventKind.CONSULTATION, "Annual UNHCR-NGO Consultations")
        .phaseId("ph-1")
        .timing(on("2017-06"))
        .place(geneva())
        .addParticipants(org(Role.ORGANISER, "body-icva"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.CIVIL_SOCIETY, 400,
            "more than 400 further civil society actors", seed004("brought more than 400 further civil society"
                + " actors from around the world")))
        .addSources(seed004("the annual UNHCR-NGO Consultations in Geneva in June 2017"))
        .confidence(Confidence.MEDIUM)
        .note("On the Global Compact on Refugees; its report 'CRRF - Putting the Pieces Together' was presented in"
            + " October 2017 (doc-crrf-report). Exact days unknown (domain.md 7).")
        .build());
    list.add(held("cs-processes-2017", EventKind.OTHER, "Self-coordinated civil society regional and global processes"
            + " (500+ actors)")
        .phaseId("ph-1")
        .timing(span("2017-06", "2017-10"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.CIVIL_SOCIETY, 500,
            "over 500 different civil society actors", seed004("convened over 500 different civil society actors")))
        .addSources(seed004("between June and October 2017, a number of civil society networks and organizations"
            + " self-coordinated a wide range of regional and global processes"))
        .confidence(Confidence.HIGH)
        .note("A period, not a meeting (fact base kind 'period'): the span of the processes that 004 lists (the RCSCs,"
            + " the GFMD Civil Society Days, the Initiative on Child Rights, the UNHCR-NGO and IOM-NGO consultations,"
            + " the QUNO and OSF groups, the drafting of the TEN ACTS).")
        .build());
    list.add(held("tenacts-drafting", EventKind.OTHER, "Core Group drafting of 'Now and How: TEN ACTS'")
        .phaseId("ph-1")
        .timing(Timing.builder()
            .start(d("2017-08-21/2017-08-31").withSourceText("late August"))
            .end(d("2017-10-01/2017-10-10").withSourceText("early October"))
            .build())
        .addParticipants(org(Role.ORGANISER, "body-coregroup"))
        .addSources(seed004("A Core Group of the ISC took this recommendation forward between late August and early"
            + " October, resulting in the document Now and How: TEN ACTS for the Global Compact"))
        .confidence(Confidence.MEDIUM)
        .note("A period (fact base kind 'period'). 'between late August and early October': late August and early"
            + " October as gcmkit's parts of a month (days 21-31 and 1-10); the fact base writes 2017-08~ and"
            + " 2017-10~.")
        .build());
    list.add(held("core-retreat-2017", EventKind.CIVIL_SOCIETY_MEETING, "Civil Society Core Group retreat")
        .phaseId("ph-1")
        .timing(on("2017-09"))
        .place(place("Vienna", "AT", "Europe/Vienna"))
        .addParticipants(org(Role.ORGANISER, "body-coregroup"))
        .addSources(seed002("September Civil Society Core Group retreat in Vienna (Sept 2017): focused on advocacy on GCM"
            + " with states"))
        .confidence(Confidence.MEDIUM)
        .note("Exact days unknown (domain.md 7).")
        .build());
    list.add(held("iom-ngo-hum-2017", EventKind.CONSULTATION, "IOM-NGO Humanitarian Consultations")
        .phaseId("ph-1")
        .timing(on("2017-09"))
        .place(place("Nairobi", "KE", "Africa/Nairobi"))
        .addParticipants(org(Role.ORGANISER, "body-icva"))
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.ORGANISATIONS, 50, true,
            "around 50 humanitarian international NGOs", seed004("brought around 50 humanitarian international NGOs"
                + " as well as local civil society groups")))
        .addSources(seed004("the annual IOM-NGO Humanitarian Consultations that were held in Nairobi in September 2017"))
        .confidence(Confidence.MEDIUM)
        .note("On the Global Compact on Refugees and its complementarity with the GCM. Exact days unknown (domain.md 7).")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The Civil Society Stocktaking and Strategy Meeting, 2-3 December 2017 (004), and its run-up

  /** Group sessions and tables have no named participants in the seeds; this says what the seeds require. */
  private static final String GROUP_SESSION_NOTE = "Participants are not named in the seeds, so none are recorded."
      + " 004 requires 'between 7 and 15 civil society participants', 'two co-leads and a rapporteur'; the"
      + " rapporteur records the highlights on the Reporting Template (Annex 1) and reports back in the Davos-style"
      + " plenary at the end of Saturday afternoon.";

  private static final String TABLE_NOTE = "Participants are not named in the seeds, so none are recorded. 004"
      + " requires '2-5 representatives of governments', '5-8 civil society leaders, mostly from the Group session that"
      + " focused on this same theme' and 'A facilitator, who will be one of the co-leads from the Group session that"
      + " focused on the same theme'; 'there is no rapporteur for these tables with governments'. One table per Act"
      + " is inferred from 'One of the small tables ... corresponds directly to the theme of our specific group"
      + " session'. Times of day are not given.";

  private static Event.Builder stockItem(String id, EventKind kind, String title, String parent, Timing timing) {
    return held(id, kind, title)
        .parentId(parent)
        .phaseId("ph-2")
        .timing(timing)
        .place(puertoVallarta())
        .addParticipants(org(Role.ORGANISER, "body-made"));
  }

  static List<Event> civilSocietyStocktaking() {
    List<Event> list = new ArrayList<>();
    list.add(held("invited-list-2017", EventKind.MILESTONE, "List of invited organisations for the Civil Society"
            + " Stocktaking published")
        .phaseId("ph-2")
        .timing(Timing.of(d("2017-11-01/2017-11-10").withSourceText("In early November")))
        .addParticipants(org(Role.ORGANISER, "body-made"))
        .addSources(seed004("In early November a list of invited organisations was published on the website"))
        .confidence(Confidence.MEDIUM)
        .note("'In early November' as gcmkit's early part of a month (1-10 November); the fact base writes 2017-11~."
            + " November lies in both Phase I and Phase II; this belongs to the preparation of the stocktaking.")
        .build());
    list.add(held("webinar-2017-11-08", EventKind.WEBINAR, "Civil society webinar on advocacy towards the GCM (MADE)")
        .phaseId("ph-2")
        .timing(on("2017-11-08"))
        .place(Place.builder().attendance(AttendanceMode.ONLINE)
            .remoteUrl(URI.create("https://www.youtube.com/watch?v=0AfyMVI5ujc&t=3297s"))
            .remoteDetails("recording").build())
        .addParticipants(org(Role.ORGANISER, "body-made"), org(Role.ORGANISER, "body-icmc"))
        .addSources(seed004("a civil society webinar focused on the Global Compact for Migration was held on 8"
            + " November"))
        .confidence(Confidence.HIGH)
        .note("Online; time of day not given. Held 'To support this two-way flow of information' before the Civil"
            + " Society Stocktaking (004).")
        .build());

    list.add(held("cs-stock", EventKind.CIVIL_SOCIETY_MEETING, "Civil Society Stocktaking and Strategy Meeting: 2017"
            + " Regional and Global processes toward the States' Stocktaking Conference")
        .phaseId("ph-2")
        .timing(span("2017-12-02", "2017-12-03"))
        .place(puertoVallarta())
        .sessionFormat(SessionFormat.of(2, 5, Duration.ofMinutes(90)))
        .addParticipants(
            org(Role.ORGANISER, "body-made", "the ICMC-MADE Coordinating Office"),
            org(Role.ORGANISER, "body-icmc", "002: 'independently organized (ICMC + Core Group)'"),
            org(Role.ORGANISER, "body-coregroup", "002: 'independently organized (ICMC + Core Group)'"),
            org(Role.PARTNER, "ac-cs", "working closely with the migration-focused members of the Action Committee"),
            org(Role.PARTNER, "body-isc", "in further consultation with the ISC"),
            org(Role.PARTNER, "body-irc", "in further consultation with the Inter-Regional Committee"),
            org(Role.FUNDER, "body-eu"),
            org(Role.SUPPORTER, "body-iom", "002: 'funded by IOM with EU funds'"))
        .addHeadcounts(
            count(CountBasis.EXPECTED, CountCategory.CIVIL_SOCIETY, 75, true,
                "approximately 75 civil society participants",
                seed004("There is space and budget to allow for participation of approximately 75 civil society"
                    + " participants.")),
            count(CountBasis.EXPECTED, CountCategory.GOVERNMENT_DELEGATES, 40, true,
                "On Day 2 specific governments (approximately 40 delegates) will be invited",
                seed004("On Day 2 specific governments (approximately 40 delegates) will be invited to participate in"
                    + " small tables with civil society.")),
            count(CountBasis.ACTUAL, CountCategory.GOVERNMENT_DELEGATES, 55, false, "55 govt participants",
                seed002("2nd day focused on joint dialogue with states: 55 govt participants, 23 states")),
            count(CountBasis.ACTUAL, CountCategory.STATES, 23, false, "23 states",
                seed002("2nd day focused on joint dialogue with states: 55 govt participants, 23 states")))
        .addSources(seed004("Puerto Vallarta, Mexico, · Saturday and Sunday 2– 3 December 2017"),
            seed002("Civil Society Stocktaking followed GFMD CSD model: 2 days, prior to Stocktaking, independently"
                + " organized (ICMC + Core Group), funded by IOM with EU funds"))
        .confidence(Confidence.HIGH)
        .description("Day 1 (civil society only): an update on the GCM process and a stocktaking of civil society"
            + " activities, then 10 afternoon group sessions on the TEN ACTS in two rounds of five, and a closing"
            + " plenary. Day 2: conversations with governments at small tables on the same ten themes, and"
            + " spontaneous lunch tables (004).")
        .note("The government head-counts are for Day 2 (004: 'On Day 2 ... approximately 40 delegates'; 002: '2nd day"
            + " ... 55 govt participants, 23 states'). Selection of the ~75 delegates: annex 3 of 004 (not in the"
            + " seed). The headcounts of the tables are not given per table.")
        .build());

    list.add(stockItem("cs-stock-d1", EventKind.MEETING_DAY, "CS Stocktaking Day 1 - civil society only", "cs-stock",
            on("2017-12-02"))
        .number(1)
        .addSources(seed004("Day 1 – Civil Society ‘only’"))
        .confidence(Confidence.HIGH)
        .build());
    list.add(stockItem("cs-stock-d1-opening", EventKind.PLENARY, "Opening plenary: overview of the GCM process and"
            + " 'stocktaking' of civil society activities", "cs-stock-d1", on("2017-12-02"))
        .addSources(seed004("Opening plenary providing an overview of the GCM process and a ‘stocktaking’ of civil"
            + " society activities at the global and regional level during the Consultation Phase."))
        .confidence(Confidence.HIGH)
        .note("Time of day not given; it comes before the afternoon group sessions.")
        .build());
    for (int round = 1; round <= 2; round++) {
      String start = round == 1 ? "2017-12-02T14:00" : "2017-12-02T15:30";
      String end = round == 1 ? "2017-12-02T15:30" : "2017-12-02T17:00";
      list.add(stockItem("cs-stock-r" + round, EventKind.SESSION_ROUND,
              "Group sessions round " + round + (round == 1 ? " (ACTs 1-5)" : " (ACTs 6-10)"), "cs-stock-d1",
              at(start, end))
          .number(round)
          .addSources(seed004("There are 10 Group Sessions, divided into two rounds of 5 sessions, each 1.5 hours"))
          .confidence(Confidence.HIGH)
          .note("'Each participant is encouraged to participate in two group sessions – one in each round' (004).")
          .build());
      for (int act = round * 5 - 4; act <= round * 5; act++) {
        list.add(stockItem("cs-stock-gs" + act, EventKind.GROUP_SESSION,
                "Group session " + GcmReferenceData.actLabel(act), "cs-stock-r" + round, at(start, end))
            .number(act)
            .addActs(act)
            .recordPolicy(RecordPolicy.ON_RECORD)
            .addSources(seed004((round == 1 ? "14:00 – 15:30" : "15:30 – 17:00") + " · "
                + GcmReferenceData.actLabelAsPrinted(act)))
            .confidence(Confidence.HIGH)
            .note(GROUP_SESSION_NOTE + " It prepares table cs-stock-t" + act + " of Day 2.")
            .addWaivers(Waiver.builder()
                .code("GCM-GROUP-STAFFING")
                .reason("The seeds fix the staffing (two co-leads and a rapporteur) but name nobody, so no"
                    + " participant is recorded; unknown stays unknown.")
                .addSources(seed004("Each group session will have two co-leads and a rapporteur"))
                .build())
            .build());
      }
    }
    list.add(stockItem("cs-stock-d1-closing", EventKind.PLENARY, "Closing plenary with Davos-style report-back",
            "cs-stock-d1", on("2017-12-02"))
        .addSources(seed004("Closing plenary to bring together the day of civil society discussion with a view to"
            + " preparing for the tables with governments the next day on the same ten themes."))
        .confidence(Confidence.HIGH)
        .note("'at the end of Saturday afternoon' (004), after the second round; no clock time is given.")
        .build());
    list.add(stockItem("cs-stock-cofac-dialogue", EventKind.PLENARY, "Special dialogue session with the co-facilitators",
            "cs-stock", Timing.of(Refs.d("2017-12-02/2017-12-03")))
        .addParticipants(org(Role.SPEAKER, "body-cofac"))
        .addSources(seed002("Special dialogue session with co-facilitators: stress on innovation, focus on negotiating"
            + " states' consensus"))
        .confidence(Confidence.MEDIUM)
        .note("002 does not say on which of the two days it took place: its date is one day of the interval 2-3"
            + " December.")
        .build());

    list.add(stockItem("cs-stock-d2", EventKind.MEETING_DAY, "CS Stocktaking Day 2 - tables with governments",
            "cs-stock", on("2017-12-03"))
        .number(2)
        .addSources(seed004("Day 2 – tables with governments"),
            seed002("2nd day focused on joint dialogue with states: 55 govt participants, 23 states, open panel followed"
                + " by working group discussions, greater cohesion in positions"))
        .confidence(Confidence.HIGH)
        .build());
    list.add(stockItem("cs-stock-d2-opening", EventKind.PLENARY, "Opening plenary: ambitions of the day and main"
            + " messages to governments", "cs-stock-d2", on("2017-12-03"))
        .addSources(seed004("Opening plenary: ambitions of the day and main messages to governments"),
            seed002("open panel followed by working group discussions"))
        .confidence(Confidence.HIGH)
        .note("002 calls it an 'open panel'. Time of day not given.")
        .build());
    for (int act = 1; act <= 10; act++) {
      list.add(stockItem("cs-stock-t" + act, EventKind.GOVERNMENT_TABLE,
              "Table with governments " + GcmReferenceData.actLabel(act), "cs-stock-d2", on("2017-12-03"))
          .number(act)
          .addActs(act)
          .recordPolicy(RecordPolicy.NO_RECORD)
          .addSources(seed004("Please note: given their informal, “no-record” nature, there is no rapporteur for these"
              + " tables with governments."))
          .confidence(Confidence.MEDIUM)
          .note(TABLE_NOTE + " Follows group session cs-stock-gs" + act + ".")
          .addWaivers(Waiver.builder()
              .code("GCM-TABLE-FACILITATOR-COUNT")
              .reason("The seeds say each table has a facilitator, one of the co-leads of the group session on the"
                  + " same Act, but name nobody, so no participant is recorded; unknown stays unknown.")
              .addSources(seed004("A facilitator, who will be one of the co-leads from the Group session that focused"
                  + " on the same theme."))
              .build())
          .build());
    }
    list.add(stockItem("cs-stock-lunch", EventKind.LUNCH_TABLE, "Spontaneous tables and networking with governments"
            + " (during lunch Sunday)", "cs-stock-d2", on("2017-12-03"))
        .recordPolicy(RecordPolicy.CHATHAM_HOUSE)
        .addSources(seed004("there should be no formal agenda or record, no rapporteurs, and full respect for Chatham"
            + " house rules"))
        .confidence(Confidence.HIGH)
        .note("One record for all the lunch tables: 'The who, how many, what focus and where in the lunch area, etc. is"
            + " all up to civil society participants' (004), so their number is unknown. Normally the same government"
            + " representatives as at the tables before lunch. The lunch hour is not given.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Phase II: the States' stocktaking meeting and what surrounded it

  static List<Event> stocktakingPhase() {
    List<Event> list = new ArrayList<>();
    list.add(held("us-withdrawal", EventKind.MILESTONE, "United States ends participation in the GCM process")
        .phaseId("ph-2")
        .timing(on("2017-12-02"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "state-us", "announced by the US Mission to the United Nations"))
        .addSources(url("https://immpolicytracking.org/policies/us-ends-participation-in-global-compact-on-migration/"),
            url("https://foreignpolicyblogs.com/tag/united-nations/page/2/"))
        .confidence(Confidence.HIGH)
        .note("An announcement (fact base kind 'announcement'), on Saturday 2 December (effective 3 December per the"
            + " tracker), two days before the stocktaking meeting.")
        .build());
    list.add(held("stock", EventKind.STOCKTAKING_MEETING, "Preparatory (stocktaking) meeting of the Intergovernmental"
            + " Conference to Adopt the GCM")
        .phaseId("ph-2")
        .timing(span("2017-12-04", "2017-12-06"))
        .place(puertoVallarta())
        .addParticipants(
            org(Role.ORGANISER, "body-cofac"),
            org(Role.ORGANISER, "body-opga"),
            org(Role.ORGANISER, "body-srsg"),
            org(Role.HOST, "state-mx", "host Government of Mexico"),
            Participation.builder().role(Role.SPEAKER).personId("person-lajcak").organisationId("body-opga")
                .note("closing, 6 December").build())
        .addHeadcounts(
            atLeast(CountBasis.ACTUAL, CountCategory.GOVERNMENT_DELEGATES, 400, "400+ delegates",
                url(UN_PRESS_DEV3304)),
            count(CountBasis.ACTUAL, CountCategory.STATES, 136, false, "from 136 Member States", url(UN_PRESS_DEV3304)))
        .addRevisions(
            Revision.builder()
                .timing(Timing.of(d("2017-12-01/2017-12-10").withSourceText("early December")))
                .place(Place.builder().city("Guadalajara").country("MX").zone(Refs.MEXICO_CITY)
                    .certainty(PlaceCertainty.PROBABLE).sourceText("probably Guadalajara").build())
                .status(EventStatus.TENTATIVE)
                .statedOn(d("2017-04-17"))
                .addSources(seed000("Followed by wrap up conference in Mexico, probably Guadalajara in early December"))
                .confidence(Confidence.LOW)
                .note("Fact base row plan-stock, as IOM's Director General put it (000). 'early December' is gcmkit's"
                    + " early part of a month, 1-10 December.")
                .build(),
            Revision.builder()
                .timing(Timing.of(d("2017-12-01/2017-12-07").withSourceText("first week of December")))
                .place(Place.builder().country("MX").sourceText("Stocktaking meeting in Mexico").build())
                .status(EventStatus.PLANNED)
                .statedOn(d("2017-04-17"))
                .addSources(seed000("Stocktaking meeting in Mexico, first week of December"))
                .confidence(Confidence.LOW)
                .note("Fact base row plan-stock, as Michele Klein-Solomon put it at the same meeting (000): the fact"
                    + " base's window 2017-12-01/2017-12-07.")
                .build())
        .addSources(seed004("The government-led Stocktaking Conference, taking place in Puerto Vallarta, Mexico from 4 –"
                + " 6 of December 2017"),
            seed000(), url(UN_PRESS_DEV3304),
            url("https://lawsdocbox.com/Immigration/77200687-We-further-encourage-your-government-to-send-any-additional-inputs-you-may-have-to-this-phase-to-no-later-than-1-december-2017.html"))
        .confidence(Confidence.HIGH)
        .note("Monday to Wednesday (004). Planned in April 2017 as 'probably Guadalajara in early December' and 'first"
            + " week of December' (000): both plans are revisions. Chair's summary transmitted 22 Dec 2017"
            + " (doc-letter-2017-12-22); government inputs were requested by 1 Dec 2017. Time zone: Puerto Vallarta"
            + " is in Jalisco, America/Mexico_City. 002: 'During Stocktaking, fell back on Thematic Sessions model of"
            + " interventions'.")
        .build());
    list.add(held("sg-report-launch", EventKind.MEETING, "UNGA informal plenary: briefing by the Secretary-General on"
            + " 'Making migration work for all'")
        .phaseId("ph-2")
        .timing(on("2018-01-11"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-opga"),
            person(Role.SPEAKER, "person-guterres", "body-un"))
        .addSources(url("https://www.un.org/pga/72/2018/01/11/making-migration-work-for-all/"),
            url("https://sdg.iisd.org/news/un-secretary-general-launches-migration-report-ahead-of-compact-negotiations/"))
        .confidence(Confidence.HIGH)
        .note("Launch of the report A/72/643 (sg-report).")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Phase III: the zero draft and the six negotiation rounds

  private static Event.Builder round(int n, String start, String end, Place place) {
    return held("neg-" + n, EventKind.NEGOTIATION_ROUND, "Intergovernmental negotiations round " + n)
        .number(n)
        .phaseId("ph-3")
        .timing(span(start, end))
        .place(place)
        .addParticipants(
            org(Role.ORGANISER, "body-cofac"),
            personOnBehalf(Role.CO_FACILITATOR, "person-gomez-camacho", "state-mx"),
            personOnBehalf(Role.CO_FACILITATOR, "person-lauber", "state-ch"));
  }

  private static final String STATES_ONLY = " Formal negotiations were states only; a 'Special 1hr session with"
      + " co-facilitators' for stakeholders became the template, and IOM supported civil society regional focal"
      + " points at every round, who are not named (002).";

  static List<Event> negotiations() {
    List<Event> list = new ArrayList<>();
    list.add(held("zero-draft-presentation", EventKind.MEETING, "Presentation of the zero draft of the GCM (informal"
            + " meeting)")
        .phaseId("ph-3")
        .timing(Timing.of(d("2018-02-05T15:00")))
        .place(newYorkRoom("Trusteeship Council Chamber"))
        .addParticipants(org(Role.ORGANISER, "body-cofac"))
        .addSources(url("https://sdg.iisd.org/news/migration-co-facilitators-issue-zero-draft/"),
            url("http://sdg.iisd.org/events/presentation-of-migration-compact-zero-draft/"))
        .confidence(Confidence.HIGH)
        .note("From the fact base row zero-draft ('presented in informal meeting, Trusteeship Council Chamber', 15:00)."
            + " The end time is not given.")
        .build());
    list.add(round(1, "2018-02-20", "2018-02-23", newYork())
        .timing(Timing.builder().start(d("2018-02-20")).end(d("2018-02-23"))
            .addDays(java.time.LocalDate.of(2018, 2, 20), java.time.LocalDate.of(2018, 2, 22),
                java.time.LocalDate.of(2018, 2, 23))
            .build())
        .addSources(url("http://sdg.iisd.org/news/governments-hold-first-negotiations-on-migration-compact"),
            url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("Sessions on 20, 22 and 23 February; 21 February was the 4th multi-stakeholder hearing. Reading of the zero"
            + " draft. The IISD event page misprints '2017' and its news '20, 20 and 23'." + STATES_ONLY)
        .build());
    list.add(round(2, "2018-03-12", "2018-03-15", newYork())
        .addSources(url("https://sdg.iisd.org/news/migration-co-facilitators-provide-technical-updates-clarifications-on-zero-draft/"),
            url("https://mfasia.org/circular-no-16-global-compact-for-migration-zero-draft-plus/"),
            url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("On the 'zero draft plus'; four issues (irregular vs regular; migrants vs refugees; implementation and"
            + " capacity-building; follow-up and review); reading on the final day." + STATES_ONLY)
        .build());
    list.add(round(3, "2018-04-03", "2018-04-06", newYorkRoom("Conference Room 2"))
        .addSources(url("https://sdg.iisd.org/news/revised-migration-compact-draft-reflects-changes-on-implementation-review/"),
            url("https://lawsdocbox.com/amp/77890576-Immigration/As-a-reminder-the-third-round-of-negotiations-will-be-held-from-3-6-april-2018-in-conference-room-2.html"),
            url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("On Draft Rev 1." + STATES_ONLY)
        .build());
    list.add(round(4, "2018-05-14", "2018-05-18", newYork())
        .addSources(url("http://sdg.iisd.org/news/governments-look-towards-second-draft-of-migration-compact"),
            url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("Completed the reading of Rev 1; seven issues including firewalls and return cooperation." + STATES_ONLY)
        .build());
    list.add(round(5, "2018-06-04", "2018-06-08", newYorkRoom("Trusteeship Council Chamber"))
        .addSources(url("https://sdg.iisd.org/events/intergovernmental-negotiations-on-migration-compact-june-2018/"),
            url("http://sdg.iisd.org/news/delegates-start-penultimate-round-of-migration-compact-negotiations"),
            url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("On Draft Rev 2 (new objective 23). Informal stakeholder dialogues on the mornings of 5 and 8 June"
            + " (neg-5-sd1, neg-5-sd2)." + STATES_ONLY)
        .build());
    list.add(round(6, "2018-07-09", "2018-07-13", newYork())
        .addSources(url("https://sdg.iisd.org/news/governments-start-final-round-of-migration-compact-negotiations/"),
            url(IISD_REV3), url(CO_FAC_LETTER), seed002("Formal negotiations – states only"))
        .confidence(Confidence.HIGH)
        .note("On Draft Rev 3; final informal stakeholder dialogue on 10 July (neg-6-sd); final text by the evening of"
            + " 11 July; conclusion on 13 July (gcm-agreed)." + STATES_ONLY)
        .build());
    for (String[] sd : new String[][] {
        {"neg-5-sd1", "neg-5", "2018-06-05", "Informal stakeholder dialogue (round 5, 5 June)"},
        {"neg-5-sd2", "neg-5", "2018-06-08", "Informal stakeholder dialogue (round 5, 8 June)"},
        {"neg-6-sd", "neg-6", "2018-07-10", "Final informal stakeholder dialogue (round 6)"}}) {
      list.add(held(sd[0], EventKind.MEETING, sd[3])
          .parentId(sd[1])
          .phaseId("ph-3")
          .timing(on(sd[2]))
          .place(newYork())
          .addParticipants(org(Role.ORGANISER, "body-cofac"))
          .addSources(sd[1].equals("neg-5")
              ? url("https://sdg.iisd.org/events/intergovernmental-negotiations-on-migration-compact-june-2018/")
              : url("https://sdg.iisd.org/news/governments-start-final-round-of-migration-compact-negotiations/"))
          .confidence(Confidence.HIGH)
          .note("From the fact base row " + sd[1] + (sd[1].equals("neg-5") ? "; 'mornings', no clock time given."
              : "; no time of day given."))
          .build());
    }
    list.add(held("eca-cofac-2018", EventKind.MEETING, "Africa regional consultative meeting with the GCM"
            + " co-facilitators")
        .commission(Commission.ECA)
        .phaseId("ph-3")
        .timing(on("2018-06-22"))
        .place(place("Addis Ababa", "ET", "Africa/Addis_Ababa"))
        .addParticipants(org(Role.ORGANISER, "body-eca"), org(Role.ORGANISER, "body-auc"),
            org(Role.ORGANISER, "body-iom"), person(Role.PARTICIPANT, "person-arbour", "body-srsg"))
        .addSources(url("https://archive.uneca.org/node/17161"))
        .confidence(Confidence.HIGH)
        .note("Update on the negotiations; SRSG Arbour present.")
        .build());
    list.add(held("gcm-agreed", EventKind.MILESTONE, "Negotiations concluded - 'intergovernmentally negotiated and"
            + " agreed outcome' (13 July 2018 text)")
        .phaseId("ph-3")
        .timing(Timing.of(d("2018-07-13T11:00")))
        .place(newYorkRoom("Trusteeship Council Chamber"))
        .addParticipants(org(Role.ORGANISER, "body-cofac"),
            Participation.builder().role(Role.PRESIDENT_OF_THE_GENERAL_ASSEMBLY).personId("person-lajcak")
                .organisationId("body-opga").build())
        .addSources(url(UNPFIP_FINAL), url(IISD_REV3))
        .confidence(Confidence.HIGH)
        .note("Meeting in the Trusteeship Council Chamber at 11:00; the text was forwarded to the PGA for the"
            + " conference. The end time is not given.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // "Phase 4": the intergovernmental conference in Marrakech

  static List<Event> conference() {
    List<Event> list = new ArrayList<>();
    list.add(held("conf", EventKind.INTERGOVERNMENTAL_CONFERENCE, "Intergovernmental Conference to Adopt the Global"
            + " Compact for Safe, Orderly and Regular Migration")
        .phaseId("ph-4")
        .timing(span("2018-12-10", "2018-12-11"))
        .place(Place.builder().venue("Bab Ighli").city("Marrakech").country("MA").zone(Refs.CASABLANCA).build())
        .addParticipants(
            org(Role.ORGANISER, "body-un", "under UNGA auspices"),
            org(Role.HOST, "state-ma", "host Kingdom of Morocco"),
            personOnBehalf(Role.CONFERENCE_PRESIDENT, "person-bourita", "state-ma"),
            person(Role.SECRETARY_GENERAL, "person-arbour", "body-un"),
            Participation.builder().role(Role.CHAIR).personId("person-albright")
                .note("chaired one of the two dialogues").build(),
            Participation.builder().role(Role.CHAIR).personId("person-johnson-sirleaf")
                .note("chaired one of the two dialogues").build())
        .addHeadcounts(count(CountBasis.ACTUAL, CountCategory.STATES, 164, false, "adopted by 164 Member States",
            url(UN_CONF)))
        .addRevisions(Revision.builder()
            .timing(Timing.of(d("2018-09").withSourceText("September 2018 at opening of GA")))
            .place(unhq())
            .status(EventStatus.PLANNED)
            .addSources(seed000("Presentation at inter-governmental conference in September 2018 at opening of GA"),
                url(IISD_MODALITIES_AGREED), url(UN_PRESS_GA11902))
            .confidence(Confidence.HIGH)
            .note("Fact base row plan-conf (status=superseded_by conf): A/RES/71/280's default, at UNHQ 'immediately"
                + " prior to the general debate of the 73rd session'. Stated in the modalities (agreed 30 Jan, adopted 6"
                + " Apr 2017) and repeated on 17 Apr 2017 (000), so no single statement date is given.")
            .build())
        .addSources(seed004("the intergovernmental conference to adopt the Compact takes place in Morocco"),
            url(UN_CONF), url(Refs.IISD_CONF))
        .confidence(Confidence.HIGH)
        .note("Moved from UNHQ in September to Marrakech in December by A/RES/72/244 (24 Dec 2017); 004 (Nov 2017) already"
            + " says Morocco. The GCM (A/CONF.231/L.1) was adopted by 164 Member States and is known as the 'Marrakech"
            + " Compact on Migration'; the UN Network on Migration was launched. Time zone: Africa/Casablanca, UTC+01:00"
            + " in December 2018 only because Morocco kept summer time from late October 2018 - a stale tz database"
            + " gives UTC+00:00.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Follow-up and review: regional reviews from 2020, the IMRF every four years from 2022

  private static Event.Builder review(String id, Commission commission, String title, Timing timing, Place place) {
    return held(id, EventKind.REGIONAL_REVIEW, title)
        .commission(commission)
        .phaseId("ph-fu")
        .timing(timing)
        .place(place);
  }

  static List<Event> followUp() {
    List<Event> list = new ArrayList<>();
    list.add(review("rr-ece-2020", Commission.ECE, "1st GCM Regional Review - UNECE region",
            span("2020-11-12", "2020-11-13").withZone(Refs.ZURICH), online())
        .addParticipants(org(Role.ORGANISER, "body-ece"), org(Role.ORGANISER, "body-unnm"))
        .addSources(url("https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration"))
        .confidence(Confidence.HIGH)
        .note("Virtual, organised from Geneva (the fact base's city; an online place has none, so the zone is on the"
            + " timing). Stakeholder consultation on 9 Nov 2020.")
        .build());
    list.add(review("rr-escwa-2021", Commission.ESCWA, "1st GCM Regional Review Conference - Arab region",
            span("2021-02-24", "2021-02-25"), online())
        .addParticipants(org(Role.ORGANISER, "body-escwa"), org(Role.ORGANISER, "body-iom"),
            org(Role.ORGANISER, "body-las"))
        .addSources(url("https://stage-unescwa.unescwa.org/events/regional-review-conference-global-compact-safe-orderly-and-regular-migration-arab-region"),
            url("https://www.unescwa.org/events/first-regional-review-global-compact-safe-orderly-and-regular-migration-arab-region"))
        .confidence(Confidence.HIGH)
        .note("Virtual. Multi-stakeholder consultation on 23 Feb 2021; review process 25 Jun 2020 - 25 Feb 2021.")
        .build());
    list.add(review("rr-escap-2021", Commission.ESCAP, "1st GCM Regional Review - Asia-Pacific",
            span("2021-03-10", "2021-03-12"),
            Place.builder().city("Bangkok").country("TH").zone(ZoneId.of("Asia/Bangkok"))
                .attendance(AttendanceMode.HYBRID).build())
        .addParticipants(org(Role.ORGANISER, "body-escap"),
            org(Role.ORGANISER, "body-unnm", "the Regional UN Network on Migration"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 200, "200+ participants",
            url("https://www.scoop.co.nz/stories/WO2103/S00063/asia-pacific-regional-review-of-implementation-of-the-global-compact-for-safe-orderly-and-regular-migration.htm")))
        .addSources(url("https://www.scoop.co.nz/stories/WO2103/S00063/asia-pacific-regional-review-of-implementation-of-the-global-compact-for-safe-orderly-and-regular-migration.htm"))
        .confidence(Confidence.HIGH)
        .note("Online/hybrid.")
        .build());
    list.add(review("rr-eclac-2021", Commission.ECLAC, "1st GCM Regional Review - Latin America and the Caribbean",
            span("2021-04-26", "2021-04-28").withZone(ZoneId.of("America/Santiago")), online())
        .addParticipants(org(Role.ORGANISER, "body-eclac"), org(Role.ORGANISER, "body-iom", "UN Network coordinator"))
        .addSources(url("https://pactomigracion.cepal.org/en/event-information"),
            url("https://publicservices.international/resources/events/regional-review-for-latin-america-and-caribbean-of-the-un-global-compact-for-migration-online?id=11723&lang=en"))
        .confidence(Confidence.HIGH)
        .note("Virtual, organised from Santiago (the fact base's city; the zone is on the timing). Stakeholder"
            + " consultation 13-15 Apr 2021 (the PSI page says 15-18 Apr).")
        .build());
    list.add(review("rr-africa-2021", Commission.ECA, "1st GCM Regional Review Conference - Africa",
            span("2021-08-31", "2021-09-01"), online())
        .addParticipants(org(Role.ORGANISER, "body-eca"), org(Role.ORGANISER, "body-iom"),
            org(Role.ORGANISER, "body-unnm"), org(Role.PARTNER, "body-auc"), org(Role.HOST, "state-ma"))
        .addSources(url("https://uneca.org/stories/media-advisory-africa-regional-review-of-the-implementation-of-the-global-compact-for"))
        .confidence(Confidence.HIGH)
        .note("Virtual, hosted by Morocco. Side events on 26 Aug; multi-stakeholder consultation on 27 Aug 2021.")
        .build());
    list.add(held("imrf-2022-hearing", EventKind.MEETING, "Informal interactive multi-stakeholder hearing ahead of the"
            + " first IMRF")
        .phaseId("ph-fu")
        .timing(on("2022-05-16"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-opga"))
        .addSources(url("http://sharing4good.org/article/international-migration-review-forum-2022"),
            url("https://cmsny.org/imrf-summary-2022/"))
        .confidence(Confidence.HIGH)
        .note("From the fact base row imrf-2022 ('informal interactive multi-stakeholder hearing on 16 May'); the day"
            + " before the forum, so not one of its programme items, and not counted among the five hearings of the"
            + " preparatory process.")
        .build());
    list.add(held("imrf-2022", EventKind.REVIEW_FORUM, "First International Migration Review Forum (IMRF)")
        .number(1)
        .phaseId("ph-fu")
        .timing(span("2022-05-17", "2022-05-20"))
        .place(newYork())
        .addParticipants(org(Role.ORGANISER, "body-opga"))
        .addSources(url("http://sharing4good.org/article/international-migration-review-forum-2022"),
            url(Refs.CEPAL_BACKGROUND), url("https://cmsny.org/imrf-summary-2022/"))
        .confidence(Confidence.HIGH)
        .note("Four round tables, a policy debate and a plenary; outcome: the Progress Declaration.")
        .build());
    list.add(review("rr-ece-2024", Commission.ECE, "2nd GCM Regional Review - UNECE region", on("2024-03-11"),
            geneva())
        .addParticipants(org(Role.ORGANISER, "body-ece"), org(Role.ORGANISER, "body-unnm"),
            org(Role.CO_CHAIR, "state-es"), org(Role.CO_CHAIR, "state-md"))
        .addHeadcounts(atLeast(CountBasis.ACTUAL, CountCategory.PARTICIPANTS, 280, "280+ participants",
            url(Refs.UNECE_2024)))
        .addSources(url(Refs.UNECE_2024))
        .confidence(Confidence.HIGH)
        .note("Ahead of the Regional Forum on Sustainable Development of 13-14 March 2024.")
        .build());
    list.add(review("rr-eclac-2025", Commission.ECLAC, "2nd GCM Regional Review - Latin America and the Caribbean",
            span("2025-03-18", "2025-03-20"),
            Place.builder().venue("ECLAC headquarters").city("Santiago").country("CL")
                .zone(ZoneId.of("America/Santiago")).build())
        .addParticipants(org(Role.ORGANISER, "body-eclac"), org(Role.ORGANISER, "body-iom"))
        .addSources(url(Refs.CEPAL_BACKGROUND))
        .confidence(Confidence.HIGH)
        .note("Multi-stakeholder hearing on 18 March; intergovernmental conference 19-20 March.")
        .build());
    list.add(Event.builder().id("imrf-2026").kind(EventKind.REVIEW_FORUM)
        .title("Second International Migration Review Forum")
        .status(EventStatus.PLANNED)
        .number(2)
        .phaseId("ph-fu")
        .timing(on("2026"))
        .addParticipants(org(Role.ORGANISER, "body-unga"))
        .addSources(url(Refs.GCM_TEXT, "A/RES/73/195, paragraph 49(c): 'every four years beginning in 2022'"),
            url(Refs.UNECE_2024))
        .confidence(Confidence.MEDIUM)
        .note("Only the year is known: the IMRF meets 'every four years beginning in 2022', and the 2024-2025 regional"
            + " reviews 'inform the 2026 IMRF'. Dates and venue not verified (domain.md 7).")
        .build());
    return list;
  }
}
