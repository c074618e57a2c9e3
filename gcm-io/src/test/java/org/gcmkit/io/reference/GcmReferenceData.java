package org.gcmkit.io.reference;

import static org.gcmkit.io.reference.Refs.GCM_TEXT;
import static org.gcmkit.io.reference.Refs.IISD_ELEMENTS;
import static org.gcmkit.io.reference.Refs.IISD_IMRF_AGREED;
import static org.gcmkit.io.reference.Refs.IISD_IMRF_COFAC;
import static org.gcmkit.io.reference.Refs.IISD_MODALITIES_AGREED;
import static org.gcmkit.io.reference.Refs.IISD_REV3;
import static org.gcmkit.io.reference.Refs.IISD_SCHEDULE;
import static org.gcmkit.io.reference.Refs.JURIST_VOTE;
import static org.gcmkit.io.reference.Refs.MADE_TEN_ACTS;
import static org.gcmkit.io.reference.Refs.NGLS;
import static org.gcmkit.io.reference.Refs.UNPFIP_FINAL;
import static org.gcmkit.io.reference.Refs.UN_CONF;
import static org.gcmkit.io.reference.Refs.UN_MULTIMEDIA_VOTE;
import static org.gcmkit.io.reference.Refs.UN_PRESS_GA11902;
import static org.gcmkit.io.reference.Refs.d;
import static org.gcmkit.io.reference.Refs.seed000;
import static org.gcmkit.io.reference.Refs.seed001;
import static org.gcmkit.io.reference.Refs.seed002;
import static org.gcmkit.io.reference.Refs.seed003;
import static org.gcmkit.io.reference.Refs.seed004;
import static org.gcmkit.io.reference.Refs.span;
import static org.gcmkit.io.reference.Refs.url;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gcmkit.model.Act;
import org.gcmkit.model.Confidence;
import org.gcmkit.model.DataSet;
import org.gcmkit.model.Document;
import org.gcmkit.model.DocumentKind;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Objective;
import org.gcmkit.model.Phase;
import org.gcmkit.model.PhaseKind;
import org.gcmkit.model.Revision;
import org.gcmkit.model.Source;
import org.gcmkit.model.VoteMethod;
import org.gcmkit.model.VoteResult;
import org.gcmkit.model.Waiver;

/**
 * The reference data set of the GCM process, from the New York Declaration (September 2016) through the Marrakech
 * conference and the General Assembly's endorsement (December 2018) to the follow-up (regional reviews, the IMRF),
 * written as code with the model's builders.
 *
 * <p>It is built only from the five seed documents ({@code shared/seeds/}) and the fact base ({@code
 * shared/domain/gcm-facts.tsv} and {@code domain.md}). Every record names its sources (a seed file name or a URL of
 * the fact base's {@code source} column) and its confidence (the fact base's {@code confidence}); ids are the fact
 * base's row ids wherever a row exists, so each record can be traced to its row. Nothing is invented: an unknown
 * date, time, place, person or figure is left empty and the record's note says what is unknown.
 *
 * <p>The areas are built by one method each: {@link #phases()}, {@link #acts()}, {@link #objectives()},
 * {@link #documents()} here; the events in {@link ReferenceEvents} (one method per area: preparation, the meeting of
 * 17 April 2017, IDM workshops, thematic sessions, hearings, REC consultations, RCSCs, GFMD, the civil society
 * stocktaking, the stocktaking phase, negotiations, the conference, the follow-up); organisations, States, people
 * and memberships in {@link ReferenceStakeholders}.
 *
 * <pre>{@code
 * DataSet gcm = GcmReferenceData.dataSet();
 * gcm.event("ts6").map(Event::revisions);     // the plan of 2-3 October 2017
 * gcm.children("cs-stock-r1");               // the five group sessions of round 1
 * }</pre>
 *
 * <p>This class lives in gcm-io's test sources on purpose: the shipped form of the data set is the JSON resource
 * generated from it.
 */
public final class GcmReferenceData {

  /**
   * The data set's {@code asOf}: the day the fact base ({@code shared/domain}) was handed to the project, which is
   * also the build's {@code project.build.outputTimestamp}. Fixed, so that feeds written from the data are
   * reproducible.
   */
  public static final Instant AS_OF = Instant.parse("2026-11-23T00:00:00Z");

  /** The Ten Acts' titles exactly as seed 004 prints them (without the "ACT n:" prefix). */
  private static final String[] ACT_TITLES = {
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

  private GcmReferenceData() {}

  /**
   * The whole reference data set.
   *
   * @return a new data set; equal every time it is called
   */
  public static DataSet dataSet() {
    return DataSet.builder()
        .title("The GCM process 2016-2018 and its follow-up (gcmkit reference data)")
        .description("The process of the Global Compact for Safe, Orderly and Regular Migration from the New York"
            + " Declaration (19 September 2016) through the consultations, the stocktaking, the negotiations, the"
            + " Marrakech conference (10-11 December 2018) and the General Assembly's endorsement (19 December 2018),"
            + " and its follow-up: regional reviews from 2020 and the International Migration Review Forum (2022, and"
            + " 2026 by year only). Built only from five seed documents and the gcmkit fact base; every record names"
            + " its sources and confidence, plans that changed are revisions of the events, and what the sources do"
            + " not say is left unknown.")
        .asOf(AS_OF)
        .complete(true)
        .addAllPhases(phases())
        .addAllEvents(ReferenceEvents.all())
        .addAllOrganisations(ReferenceStakeholders.organisations())
        .addAllPeople(ReferenceStakeholders.people())
        .addAllMemberships(ReferenceStakeholders.memberships())
        .addAllActs(acts())
        .addAllObjectives(objectives())
        .addAllDocuments(documents())
        .addSources(seed000(), seed001(), seed002(), seed003(), seed004())
        .note("'complete' claims every event of the series that the seeds count (six thematic sessions, five REC"
            + " consultations, five hearings, seven RCSCs, six negotiation rounds); the 'dozens of national"
            + " consultations' (004) are not itemised because the seeds name none. No goals, targets or"
            + " benchmarks: the 2/5/12 framework is a proposal without figures (doc-ngocm-priorities).")
        .build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Phases

  static List<Phase> phases() {
    List<Phase> list = new ArrayList<>();
    list.add(Phase.builder().id("ph-0").kind(PhaseKind.PREPARATION)
        .name("Preparation - from the New York Declaration to the modalities resolution")
        .window(d("2016-09-19/2017-04-06"))
        .addSources(seed001("The New York Declaration (A/RES/71/1 of 19 September 2016) adopted by UN Member States at"
                + " the 19 September Summit on Refugees and Migrants set in motion a process of intergovernmental"
                + " consultations and negotiations"),
            seed003(), url(UN_PRESS_GA11902))
        .confidence(Confidence.MEDIUM)
        .note("Not a row of the fact base and not a phase the seeds name: the model's PREPARATION phase, bounded by two"
            + " dated events of the fact base, the New York Declaration (19 Sep 2016) and the adoption of the"
            + " modalities resolution A/RES/71/280 (6 Apr 2017). It overlaps Phase I, which began in April 2017.")
        .build());
    list.add(Phase.builder().id("ph-1").kind(PhaseKind.CONSULTATION)
        .name("Phase I - Consultations")
        .window(d("2017-04/2017-11"))
        .description("Informal thematic sessions, regional (REC) consultations, multi-stakeholder hearings, national"
            + " consultations.")
        .addRevisions(Revision.builder()
            .timing(Refs.span("2017-04-01", "2017-11-30~"))
            .statedOn(d("2017-04-17"))
            .addSources(seed000("April 1 beginning of consultation phase (through end of November)"))
            .confidence(Confidence.HIGH)
            .note("The same window, more precisely: from 1 April to about the end of November.")
            .build())
        .addSources(seed004("Phase I – Consultations: April to November 2017"), seed000(), url(IISD_MODALITIES_AGREED))
        .confidence(Confidence.HIGH)
        .build());
    list.add(Phase.builder().id("ph-2").kind(PhaseKind.STOCKTAKING)
        .name("Phase II - Stocktaking")
        .window(d("2017-11/2018-01"))
        .description("Includes the preparatory (stocktaking) meeting of 4-6 December 2017 and the Secretary-General's"
            + " report.")
        .addRevisions(Revision.builder()
            .timing(span("2017-11", "2018-02"))
            .statedOn(d("2017-04-17"))
            .addSources(seed000("Stock-taking phase (November to February)"))
            .confidence(Confidence.HIGH)
            .note("DISCREPANCY: 000 says November to February; the modalities and 004 say November 2017 to January"
                + " 2018.")
            .build())
        .addSources(seed004("Phase 2 – Stocktaking: November 2017 to January 2018"), url(IISD_MODALITIES_AGREED))
        .confidence(Confidence.HIGH)
        .build());
    list.add(Phase.builder().id("ph-3").kind(PhaseKind.NEGOTIATION)
        .name("Phase III - Intergovernmental negotiations")
        .window(d("2018-02/2018-07"))
        .description("Six negotiation rounds at UN Headquarters, New York.")
        .addRevisions(
            Revision.builder()
                .timing(span("2018-01", "2018-06"))
                .statedOn(d("2016-11-23"))
                .addSources(url(IISD_ELEMENTS))
                .confidence(Confidence.HIGH)
                .note("The co-facilitators' elements paper (doc-elements) proposed negotiations in the 'first"
                    + " semester' of 2018 (January to June), a stocktaking in early 2018 and adoption in the 'second"
                    + " semester'.")
                .build(),
            Revision.builder()
                .timing(span("2018-03", "2018-07"))
                .statedOn(d("2017-04-17"))
                .addSources(seed000("March to July 2018 will be negotiations"))
                .confidence(Confidence.HIGH)
                .note("IOM's Director General on 17 April 2017 (000); at the same meeting Michele Klein-Solomon said"
                    + " 'Inter-governmental phase (February to July)', as it happened.")
                .build())
        .addSources(seed004("Phase 3 – Intergovernmental negotiations: February to July 2018"),
            seed000("Negotiations will take place in NY"), url(IISD_SCHEDULE))
        .confidence(Confidence.HIGH)
        .note("Held in New York (America/New_York); a phase has no place, so the rounds carry it.")
        .build());
    list.add(Phase.builder().id("ph-4").kind(PhaseKind.ROAD_TO_ADOPTION)
        .name("'Phase 4' - road to adoption (civil society term)")
        .window(d("2018-08/2018-12"))
        .description("From the end of the negotiations to the intergovernmental conference in Morocco.")
        .addSources(seed004("in what we are calling “phase 4”: the road to adoption from August through December"
            + " 2018, when the intergovernmental conference to adopt the Compact takes place in Morocco"))
        .confidence(Confidence.MEDIUM)
        .note("Not an official UN phase; a civil society (ICMC-MADE) label only.")
        .build());
    list.add(Phase.builder().id("ph-fu").kind(PhaseKind.FOLLOW_UP)
        .name("Follow-up and review (regional reviews + IMRF)")
        .window(d("2020/.."))
        .description("Regional reviews 'beginning in 2020' in alternating years (GCM para 50); the International"
            + " Migration Review Forum 'every four years beginning in 2022' (para 49(c)).")
        .addSources(url(GCM_TEXT, "A/RES/73/195, paragraphs 49(c) and 50"), url(IISD_IMRF_COFAC))
        .confidence(Confidence.HIGH)
        .note("Open-ended, recurring in four-year cycles; organised by UN Member States with the UN Network on"
            + " Migration.")
        .build());
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The Ten Acts

  /** The Act's label as the model prints it, for example {@code "ACT 3: Protection"}. */
  static String actLabel(int number) {
    return "ACT " + number + ": " + ACT_TITLES[number - 1];
  }

  /** The Act's label as seed 004 prints it in the group-session table (ACT 1 has no colon there). */
  static String actLabelAsPrinted(int number) {
    return number == 1 ? "ACT 1 " + ACT_TITLES[0] : actLabel(number);
  }

  static List<Act> acts() {
    List<Act> list = new ArrayList<>();
    for (int n = 1; n <= 10; n++) {
      Act.Builder act = Act.builder()
          .number(n)
          .title(ACT_TITLES[n - 1])
          .round(n <= 5 ? 1 : 2)
          .addSources(seed004((n <= 5 ? "14:00 – 15:30" : "15:30 – 17:00") + " · " + actLabelAsPrinted(n)))
          .confidence(Confidence.HIGH);
      if (n == 1) {
        act.note("004 prints 'ACT 1 Drivers of human mobility' without the colon of the other Acts. The full text of"
            + " the TEN ACTS was not read (domain.md 7), so no summary is given.");
      } else if (n == 10) {
        act.addSources(url(MADE_TEN_ACTS))
            .note("Paragraph 10.2 concerns the SRSG and her resources; the revised version of 3 Nov 2017 fixed it"
                + " (fact base row doc-tenacts). The full text was not read, so no summary is given.");
      } else {
        act.note("The full text of the TEN ACTS was not read (domain.md 7), so no summary is given.");
      }
      list.add(act.build());
    }
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // The 23 objectives (A/RES/73/195, paragraph 16; domain.md 3.2)

  private static final String[] OBJECTIVES = {
    "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
    "Minimize the adverse drivers and structural factors that compel people to leave their country of origin",
    "Provide accurate and timely information at all stages of migration",
    "Ensure that all migrants have proof of legal identity and adequate documentation",
    "Enhance availability and flexibility of pathways for regular migration",
    "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work",
    "Address and reduce vulnerabilities in migration",
    "Save lives and establish coordinated international efforts on missing migrants",
    "Strengthen the transnational response to smuggling of migrants",
    "Prevent, combat and eradicate trafficking in persons in the context of international migration",
    "Manage borders in an integrated, secure and coordinated manner",
    "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and"
        + " referral",
    "Use migration detention only as a measure of last resort and work towards alternatives",
    "Enhance consular protection, assistance and cooperation throughout the migration cycle",
    "Provide access to basic services for migrants",
    "Empower migrants and societies to realize full inclusion and social cohesion",
    "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of"
        + " migration",
    "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences",
    "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries",
    "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
    "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration",
    "Establish mechanisms for the portability of social security entitlements and earned benefits",
    "Strengthen international cooperation and global partnerships for safe, orderly and regular migration"
  };

  /** Objectives whose titles the fact base gives from memory, not from a source read verbatim. */
  static final List<Integer> OBJECTIVES_FROM_MEMORY = List.of(3, 4, 7);

  static List<Objective> objectives() {
    List<Objective> list = new ArrayList<>();
    for (int n = 1; n <= 23; n++) {
      Objective.Builder o = Objective.builder()
          .number(n)
          .title(OBJECTIVES[n - 1])
          .addSources(url(GCM_TEXT, "A/RES/73/195, paragraph 16"));
      if (OBJECTIVES_FROM_MEMORY.contains(n)) {
        o.confidence(Confidence.MEDIUM)
            .note("Title from memory in the fact base (domain.md 3.2), consistent with the UN Network's short labels;"
                + " not seen verbatim in a source.");
      } else {
        o.confidence(Confidence.HIGH);
      }
      if (n == 23) {
        o.addedIn("rev-2")
            .addSources(url("https://sdg.iisd.org/news/co-facilitators-update-draft-global-compact-on-migration-ahead-of-june-negotiations/"))
            .note("Not in the zero draft, which had 22 objectives; added in Draft Rev 2 of 28 May 2018.");
      }
      list.add(o.build());
    }
    return list;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Documents: frameworks, resolutions, reports, drafts, statements, and the seeds themselves

  private static Document.Builder doc(String id, DocumentKind kind, String title, Confidence confidence,
      Source... sources) {
    return Document.builder().id(id).kind(kind).title(title).confidence(confidence).addSources(sources);
  }

  /** "out now", "already prepared": issued on or before a day, from an unknown start. */
  private static FuzzyDate byThen(String day, String phrase) {
    return FuzzyDate.untilWithUnknownStart(FuzzyDate.of(LocalDate.parse(day))).withSourceText(phrase);
  }

  static List<Document> documents() {
    List<Document> list = new ArrayList<>();
    list.addAll(frameworks());
    list.addAll(resolutions());
    list.addAll(reportsAndStatements());
    list.addAll(drafts());
    list.addAll(seedDocuments());
    return list;
  }

  static List<Document> frameworks() {
    String four = "4 major UN agreements in 2015 and IOM is not in any of them";
    return List.of(
        doc("fw-sendai", DocumentKind.AGREEMENT, "Sendai Framework for Disaster Risk Reduction 2015-2030",
                Confidence.MEDIUM, seed000(four + " · Sendai"))
            .issued(d("2015"))
            .note("Adopted in Sendai (JP). The seed gives only the year; the month is not verified here.")
            .build(),
        doc("fw-aaaa", DocumentKind.AGREEMENT, "Addis Ababa Action Agenda (FfD3)", Confidence.HIGH,
                seed000("Addis Ababa action agenda July 2015"))
            .issued(d("2015-07"))
            .note("Adopted in Addis Ababa (ET).")
            .build(),
        doc("fw-sdgs", DocumentKind.AGREEMENT, "2030 Agenda for Sustainable Development (SDGs)", Confidence.HIGH,
                seed000("SDGs September 2015"), seed003(), seed004())
            .issued(d("2015-09"))
            .addAuthorIds("body-unga")
            .note("Adopted in New York. Sweden referred to SDG target 10.7 and SDG 4 (003); 004: all 193 Member States"
                + " adopted commitments to 'Safe, Orderly and Regular' migration first in the 2030 Agenda.")
            .build(),
        doc("fw-paris", DocumentKind.AGREEMENT, "Paris Agreement (climate)", Confidence.HIGH,
                seed000("Paris Climate December 2015"))
            .issued(d("2015-12"))
            .note("Adopted in Paris (FR) by the UNFCCC parties.")
            .build());
  }

  static List<Document> resolutions() {
    List<Document> list = new ArrayList<>();
    list.add(doc("body-ecosoc-ngo", DocumentKind.RESOLUTION, "ECOSOC consultative status (resolution 1996/31)",
            Confidence.HIGH,
            seed000("1996/31 resolution says that CSOs have right to communicated with about why they have received an"
                + " objection"),
            url(NGLS))
        .issued(d("1996"))
        .note("A fact base 'body' row that is a status under a resolution, not an organisation: ECOSOC-accredited"
            + " organisations take part directly, others through special accreditation subject to non-objection"
            + " (dl-special-accreditation). The year is the one in the resolution's number.")
        .build());
    list.add(doc("res-71-1", DocumentKind.RESOLUTION, "New York Declaration for Refugees and Migrants",
            Confidence.HIGH, seed001("The New York Declaration (A/RES/71/1 of 19 September 2016)"), seed004(),
            seed003(), url("https://adattar.minorityforum.info/en/entity/psvslsojt2r/metadata?page=22"),
            url("https://studylib.net/doc/18387227/draft-declaration"))
        .addSymbols("A/RES/71/1", "A/70/L.61")
        .eventId("sum-2016")
        .addAuthorIds("body-unga")
        .issued(d("2016-09-19"))
        .note("Adopted by all 193 Member States (004: 'unanimously adopted'); how (vote or not) is not given, so no"
            + " vote result is recorded. Annex I: the CRRF; Annex II: 'Towards a global compact for safe, orderly and"
            + " regular migration', whose para 8 lists 24 elements (a)-(x). IOM pages cite the draft's symbol"
            + " A/70/L.61 (transmitted via A/RES/70/302, where the annexes are 'Appendix'). Co-facilitators: Ireland"
            + " (David Donoghue) and Jordan (Dina Kawar).")
        .build());
    list.add(doc("res-a71l58", DocumentKind.DRAFT, "Modalities resolution draft A/71/L.58 (agreed under silence"
            + " procedure)", Confidence.HIGH,
            seed001("The Modalities Resolution (MR)(A/71/L.58) agreed on 30 January 2017"),
            seed004("Modalities Resolution A/71/L.58"), url(IISD_MODALITIES_AGREED))
        .addSymbols("A/71/L.58")
        .addAuthorIds("body-cofac")
        .due(d("2016-12-31").withSourceText("Before the end of the year we should receive from PGA the modalities"))
        .issued(d("2017-01-30"))
        .vote(VoteResult.builder().method(VoteMethod.SILENCE_PROCEDURE)
            .note("final draft circulated 26 Jan 2017 under silence; consensus announced 30 Jan 2017").build())
        .addSources(seed003("Before the end of the year we should receive from PGA the modalities"))
        .note("PLANNED vs ACTUAL: on 14 Oct 2016 IOM expected the modalities from the PGA 'before the end of the year'"
            + " (003), hence the due date; they were agreed on 30 Jan 2017 and adopted on 6 Apr 2017 as A/RES/71/280"
            + " (res-71-280, whose previous version this is). 001 and 004 cite the modalities resolution by this"
            + " symbol.")
        .build());
    list.add(doc("res-71-280", DocumentKind.RESOLUTION, "Modalities for the intergovernmental negotiations of the"
            + " global compact for safe, orderly and regular migration", Confidence.HIGH,
            url(UN_PRESS_GA11902),
            seed002("Modalities Resolution (A/RES/71/280): “...effective contributions from... and active participation"
                + " of all relevant stakeholders... including the convening of multi-stakeholder consultations... and"
                + " participation at global, regional, sub-regional platforms.” (paragraph 7)"),
            seed001())
        .addSymbols("A/RES/71/280")
        .previousVersionId("res-a71l58")
        .addAuthorIds("body-unga")
        .issued(d("2017-04-06"))
        .vote(VoteResult.builder().method(VoteMethod.WITHOUT_A_VOTE)
            .note("as orally amended; 71st session, 74th meeting").build())
        .note("Default venue of the conference: UNHQ, immediately prior to the general debate of the 73rd session (later"
            + " changed by A/RES/72/244). Para 27: the zero draft 'by the beginning of February 2018'. 001 cites para 6"
            + " (participation of relevant stakeholders).")
        .build());
    list.add(doc("res-72-244", DocumentKind.RESOLUTION, "Modalities for the Intergovernmental Conference to Adopt the"
            + " Global Compact for Safe, Orderly and Regular Migration", Confidence.HIGH,
            url("https://international.vlex.com/vid/res-72-244-resolution-861189394"),
            url("https://refugeesmigrants.un.org/intergovernmental-conference-2018"), url(UN_CONF))
        .addSymbols("A/RES/72/244")
        .addAuthorIds("body-unga")
        .issued(d("2017-12-24"))
        .note("The conference to be held in Morocco on 10-11 December 2018, replacing the UNHQ/September default of"
            + " A/RES/71/280. Which paragraph fixes the venue and dates is not verified (domain.md 7); further"
            + " modalities in A/72/L.67 (31 Jul 2018). How it was adopted is not given.")
        .build());
    list.add(doc("ga-73-195", DocumentKind.RESOLUTION, "Global Compact for Safe, Orderly and Regular Migration"
            + " (General Assembly endorsement)", Confidence.HIGH, url(UN_MULTIMEDIA_VOTE), url(JURIST_VOTE))
        .addSymbols("A/RES/73/195")
        .addAuthorIds("body-unga")
        .issued(d("2018-12-19"))
        .vote(VoteResult.builder().method(VoteMethod.RECORDED_VOTE)
            .inFavour(152).against(5).abstentions(12).notVoting(24).membership(193)
            .addAgainstIds("state-cz", "state-hu", "state-il", "state-pl", "state-us")
            .note("152 + 5 + 12 + 24 = 193").build())
        .note("Endorsed the compact adopted at Marrakech (gcm-compact). 73rd session, 60th plenary meeting; PGA María"
            + " Fernanda Espinosa Garcés. Against: Czech Republic, Hungary, Israel, Poland, United States.")
        .build());
    list.add(doc("res-73-326", DocumentKind.RESOLUTION, "Format and organizational aspects of the International"
            + " Migration Review Forum", Confidence.MEDIUM, url(IISD_IMRF_AGREED), url(IISD_IMRF_COFAC),
            url("http://kimandelvis.com/en/migration2022/about-the-forum"))
        .addSymbols("A/RES/73/326")
        .addAuthorIds("body-unga")
        .issued(d("2019-07"))
        .note("Agreement announced 15 July 2019, General Assembly action expected 19 July 2019; the exact adoption day"
            + " is not verified (domain.md 7). IMRF = four round tables, a policy debate and a plenary."
            + " Co-facilitators Spain (Agustín Santos Maraver) and Bangladesh (Masud Bin Momen).")
        .build());
    return list;
  }

  static List<Document> reportsAndStatements() {
    List<Document> list = new ArrayList<>();
    list.add(doc("doc-actnow", DocumentKind.STATEMENT, "'Act Now' civil society joint statement and scorecard on the"
            + " NY Declaration", Confidence.MEDIUM,
            seed004("Civil society's response to the New York Declaration, a joint statement and scorecard entitled"
                + " \"Act Now\", was signed by over 100 civil society organisations and circulated widely."))
        .addAuthorIds("ac-cs")
        .issued(d("2016"))
        .note("Exact date unknown (after 19 Sep 2016).")
        .build());
    list.add(doc("doc-elements", DocumentKind.ISSUE_BRIEF, "Co-facilitators' elements paper for the modalities"
            + " resolution", Confidence.HIGH, url(IISD_ELEMENTS))
        .addAuthorIds("body-cofac", "person-lauber", "person-gomez-camacho")
        .issued(d("2016-11-23"))
        .note("Issued in New York. Proposed consultations, a stocktaking in early 2018, negotiations in the 'first"
            + " semester' of 2018 and adoption in the 'second semester' (see the revision of ph-3).")
        .build());
    list.add(doc("doc-a71-728", DocumentKind.REPORT, "Report of the SRSG on Migration (Peter Sutherland)",
            Confidence.HIGH, seed004("Report of the Special Representative of the Secretary General on Migration"
                + " (February 2017)"), url("https://docslib.org/doc/10868958/report-of-srsg-on-migration-a-71-728"))
        .addSymbols("A/71/728")
        .addAuthorIds("person-sutherland")
        .issued(d("2017-02-03"))
        .note("16 recommendations.")
        .build());
    list.add(doc("doc-sr-2035", DocumentKind.REPORT, "Report of the Special Rapporteur on the human rights of migrants"
            + " on a 2035 agenda for facilitating human mobility", Confidence.MEDIUM,
            seed004("Report of the Special Rapporteur on the human rights of migrants on a 2035 agenda for facilitating"
                + " human mobility (only available in English) (April 2017)"),
            url("https://adattar.minorityforum.info/en/entity/p5k2dhr9xji/metadata?page=25"))
        .addAuthorIds("person-crepeau")
        .issued(d("2017-04"))
        .addLanguages("en")
        .note("The April 2017 version is the Human Rights Council report, whose symbol is not verified; A/72/173 (the"
            + " General Assembly version) proposes a 15-year '2035 agenda' from 2020.")
        .build());
    list.add(doc("doc-ngocm-priorities", DocumentKind.STATEMENT, "NGO Committee on Migration: respective action"
            + " priorities for the GCM, with a 2/5/12-year framework of goals, targets and indicators (proposal)",
            Confidence.HIGH,
            seed000("Goals, targets and indicators in 2/5/12 year framework with benchmarks and monitoring frameworks"),
            seed000("Mirror SDGs process"),
            seed000("Targets with specific time period"),
            seed000("Concrete and deliverable measures"),
            seed001("Maria Pia Belloni Mignatti, NGO Committee on Migration"))
        .addAuthorIds("body-ngocm", "person-belloni")
        .eventId("ag-0417-6")
        .issued(d("2017-04-17"))
        .note("As Maria Pia Belloni presented it on 17 April 2017 (000): three issues for common understanding"
            + " (protection and assistance to migrants in vulnerable situations, in particular women and children;"
            + " safe, regular and orderly migration consistent with human rights; return only when safe and"
            + " rights-based), an effective government framework that mirrors the SDGs process with 'Goals, targets"
            + " and indicators in 2/5/12 year framework with benchmarks and monitoring frameworks', 'Concrete and"
            + " deliverable measures', 'Targets with specific time period', accountability, and a two-way role for"
            + " CSOs; the Committee 'Will meet with up to 22 govts in coming weeks' and asked that CSOs 'choose at"
            + " least half of the CSO reps themselves'. The issue date is the day it was presented; the Committee's own paper was not found (domain.md"
            + " 1, 7). The seeds give no goal, target, indicator, baseline, benchmark value or horizon date, so the"
            + " data set holds no Goal, Target, Indicator or Benchmark for it: building one would invent figures."
            + " The fact base's unverified reading of the horizons as 2020/2023/2030 is not used.")
        .build());
    list.add(doc("doc-mfa-statement", DocumentKind.STATEMENT, "Migrant Forum in Asia statement on its work toward the"
            + " GCM", Confidence.HIGH,
            seed000("Passed out statement from Migrant Forum in Asia in terms of their work toward GCM"))
        .addAuthorIds("body-mfa")
        .eventId("mtg-2017-04-17")
        .issued(byThen("2017-04-17", "Passed out statement"))
        .note("Handed out at the meeting of 17 April 2017; its title and date are not given.")
        .build());
    list.add(doc("doc-hr-issue-brief", DocumentKind.ISSUE_BRIEF, "Issue brief on human rights (SRSG with the GMG)",
            Confidence.HIGH, seed000("One issue brief already prepared on human rights with GMG"))
        .addAuthorIds("body-srsg", "body-gmg")
        .eventId("ts1")
        .issued(byThen("2017-04-17", "already prepared"))
        .note("'Subject of meeting in Geneva in early May' (000): thematic session 1.")
        .build());
    list.add(doc("doc-ts1-concept-note", DocumentKind.CONCEPT_NOTE, "Concept note for informal thematic session 1",
            Confidence.HIGH,
            seed000("the OPGA and SRSG want to have the concept notes and inter-agency docs out four weeks before, at"
                + " minimum · That will not happen for first one, but that one is out now"))
        .addAuthorIds("body-opga", "body-srsg")
        .eventId("ts1")
        .issued(byThen("2017-04-17", "that one is out now"))
        .addWaivers(Waiver.builder()
            .code("GCM-CONCEPT-NOTE-LEAD-TIME")
            .reason("The organisers said the four-week lead time 'will not happen for first one': the note was out on"
                + " 17 April 2017 at the latest, three weeks before the session of 8 May.")
            .addSources(seed000("That will not happen for first one, but that one is out now"))
            .build())
        .note("'Will be translated in time, but likely will start in English only' (000). The waiver's code must match"
            + " the validation rule's code for concept-note lead time.")
        .build());
    list.add(doc("doc-gfmd-cs-rec-2017", DocumentKind.STATEMENT, "GFMD 2017 Civil Society Recommendations",
            Confidence.HIGH, seed004("GFMD 2017 Civil Society Recommendations (July 2017)"))
        .eventId("gfmd-2017-csd")
        .issued(d("2017-07"))
        .note("'the Civil Society Days presented their principal recommendations each year to states at the opening of"
            + " the government programme of the GFMD' (004); authors: 'GFMD civil society', not named further.")
        .build());
    list.add(doc("doc-child-rights", DocumentKind.ISSUE_BRIEF, "Child Rights in the Global Compacts", Confidence.HIGH,
            seed004("Child Rights in the Global Compacts, Initiative for Child Rights in the Global Compacts (June"
                + " 2017)"))
        .addAuthorIds("body-childrights")
        .issued(d("2017-06"))
        .build());
    list.add(doc("doc-wimn-briefs", DocumentKind.ISSUE_BRIEF, "Issue briefs for the Global Compact on Migration",
            Confidence.HIGH, seed004("Issue briefs for the Global Compact on Migration, Women in Migration Network (June"
                + " 2017)"))
        .addAuthorIds("body-wimn")
        .issued(d("2017-06"))
        .build());
    list.add(doc("doc-unwomen-rec", DocumentKind.ISSUE_BRIEF, "Recommendations for addressing women's human rights in"
            + " the global compact for safe, orderly and regular migration", Confidence.HIGH,
            seed004("the UN Women Recommendations for addressing women's human rights in the global compact for safe,"
                + " orderly and regular migration (November 2016)"))
        .addAuthorIds("body-unwomen")
        .issued(d("2016-11"))
        .build());
    list.add(doc("doc-quno-paper", DocumentKind.ISSUE_BRIEF, "A Human Rights Based Global Compact for Safe, Orderly and"
            + " Regular Migration", Confidence.HIGH,
            seed004("recently published a related paper entitled: A Human Rights Based Global Compact for Safe, Orderly"
                + " and Regular Migration"))
        .addAuthorIds("body-quno")
        .note("'recently published' as of November 2017 (004); the date is not given.")
        .build());
    list.add(doc("doc-crrf-report", DocumentKind.REPORT, "CRRF – Putting the Pieces Together", Confidence.HIGH,
            seed004("A set of recommendations and good practices, many cutting across both Compacts, was published in a"
                + " comprehensive Report: CRRF – Putting the Pieces Together that was presented to states as well as"
                + " UNHCR and civil society actors in October."))
        .addAuthorIds("body-icva")
        .eventId("unhcr-ngo-2017")
        .issued(d("2017-10"))
        .note("The month is when it was presented (October 2017).")
        .build());
    list.add(doc("doc-tenacts", DocumentKind.STATEMENT, "Now and How: TEN ACTS for the Global Compact",
            Confidence.HIGH, seed004("Now and How: TEN ACTS for the Global Compact (November 2017)"),
            url(MADE_TEN_ACTS),
            url("https://gfmd2010.wordpress.com/2017/10/31/a-global-compact-from-below-civil-society-issues-ten-acts-for-a-compact-on-human-mobility-and-migration/"),
            url("https://maryknollogc.org/article/un-ten-acts-safe-global-migration"))
        .addAuthorIds("body-coregroup")
        .issued(d("2017-11"))
        .note("Also cited as 'Now + How: 10 Acts' (004). Drafted by the Core Group of the ISC with the Action Committee"
            + " between late August and early October 2017 (tenacts-drafting); revised version of 3 Nov 2017 (fixes"
            + " para 10.2 on the SRSG); open for sign-on until 30 Nov 2017; three principles: purpose, progress,"
            + " participation; about 15 pages. First released about 31 Oct 2017 (blog date, medium). The full text was"
            + " not read.")
        .build());
    list.add(doc("sg-report", DocumentKind.REPORT, "Making migration work for all: Report of the Secretary-General",
            Confidence.HIGH,
            url("https://ge2p2-center.net/2018/01/14/making-migration-work-for-all-report-of-the-secretary-general/"),
            url("https://refugeesmigrants.un.org/SGReport"),
            seed000("SG’s report is expected to be issued in late November/early December"))
        .addSymbols("A/72/643")
        .addAuthorIds("person-guterres", "body-srsg", "body-iom")
        .due(d("2017-11-21/2017-12-10").withSourceText("late November/early December"))
        .issued(d("2017-12-12"))
        .note("PLANNED vs ACTUAL: expected 'in late November/early December' (000; late November and early December as"
            + " gcmkit's parts of a month, 21 November to 10 December), dated 12 December 2017, launched 11 January"
            + " 2018 (sg-report-launch). 'Report produced by Secretary General out of SRSG's office' and 'IOM will help"
            + " with SRSG's report with facts, figures' (000). An input to the zero draft required by the modalities.")
        .build());
    list.add(doc("doc-letter-2017-12-22", DocumentKind.OTHER, "Co-facilitators' letter: stocktaking chair's summary and"
            + " negotiation dates", Confidence.HIGH, url(Refs.CO_FAC_LETTER), url(IISD_SCHEDULE))
        .addAuthorIds("body-cofac")
        .eventId("stock")
        .issued(d("2017-12-22"))
        .note("Issued in New York, transmitted by the PGA; lists the six negotiation rounds.")
        .build());
    return list;
  }

  static List<Document> drafts() {
    List<Document> list = new ArrayList<>();
    list.add(doc("zero-draft", DocumentKind.DRAFT, "Zero draft of the GCM (22 objectives, 10 guiding principles)",
            Confidence.HIGH, seed004("a “zero-draft document” of the GCM, which will be released by the co-facilitators"
                + " by February 2018"), seed000("Zero draft for February"),
            url("https://sdg.iisd.org/news/migration-co-facilitators-issue-zero-draft/"),
            url("http://sdg.iisd.org/events/presentation-of-migration-compact-zero-draft/"))
        .addAuthorIds("body-cofac")
        .eventId("zero-draft-presentation")
        .due(d("2018-02").withSourceText("by the beginning of February 2018"))
        .issued(d("2018-02-05T15:00"))
        .note("Presented at 15:00 New York time (America/New_York) in the Trusteeship Council Chamber"
            + " (zero-draft-presentation). Due: A/RES/71/280 para 27, 'by the beginning of February 2018'; 004 'by"
            + " February 2018'; 000 'Zero draft for February'. Read in round 1.")
        .build());
    list.add(doc("zd-plus", DocumentKind.DRAFT, "'Zero draft plus' (technical updates, no substantive changes)",
            Confidence.HIGH,
            url("https://sdg.iisd.org/news/migration-co-facilitators-provide-technical-updates-clarifications-on-zero-draft/"))
        .addAuthorIds("body-cofac").previousVersionId("zero-draft").eventId("neg-2").issued(d("2018-03-05"))
        .build());
    list.add(doc("rev-1", DocumentKind.DRAFT, "Draft Rev 1", Confidence.HIGH,
            url("https://sdg.iisd.org/news/revised-migration-compact-draft-reflects-changes-on-implementation-review/"))
        .addAuthorIds("body-cofac").previousVersionId("zd-plus").eventId("neg-3").issued(d("2018-03-26"))
        .build());
    list.add(doc("rev-2", DocumentKind.DRAFT, "Draft Rev 2 (adds objective 23)", Confidence.HIGH,
            url("https://sdg.iisd.org/news/co-facilitators-update-draft-global-compact-on-migration-ahead-of-june-negotiations/"))
        .addAuthorIds("body-cofac").previousVersionId("rev-1").eventId("neg-5").issued(d("2018-05-28"))
        .build());
    list.add(doc("rev-3", DocumentKind.DRAFT, "Draft Rev 3", Confidence.HIGH, url(IISD_REV3))
        .addAuthorIds("body-cofac").previousVersionId("rev-2").eventId("neg-6").issued(d("2018-06-29"))
        .build());
    list.add(doc("final-draft", DocumentKind.DRAFT, "Final Draft of the GCM", Confidence.HIGH, url(UNPFIP_FINAL))
        .addAuthorIds("body-cofac").previousVersionId("rev-3").eventId("neg-6").issued(d("2018-07-11"))
        .note("Final text by the evening of 11 July; negotiations concluded on 13 July 2018 (gcm-agreed).")
        .build());
    list.add(doc("gcm-compact", DocumentKind.AGREEMENT, "Global Compact for Safe, Orderly and Regular Migration",
            Confidence.HIGH, seed004(), url(UN_CONF), url(Refs.IISD_CONF))
        .addSymbols("A/CONF.231/L.1")
        .previousVersionId("final-draft")
        .eventId("conf")
        .issued(d("2018-12-10"))
        .note("Adopted at the Marrakech conference by 164 Member States (the fact base row conf gives the symbol); known"
            + " as the 'Marrakech Compact on Migration'; endorsed by the General Assembly in A/RES/73/195 (ga-73-195)."
            + " Its 23 objectives are the data set's objectives; its ten guiding principles (domain.md 3.2) are"
            + " people-centred, international cooperation, national sovereignty, rule of law and due process,"
            + " sustainable development, human rights, gender-responsive, child-sensitive, whole-of-government and"
            + " whole-of-society. How it was adopted is not given, so no vote result is recorded.")
        .build());
    return list;
  }

  /** The seed documents are documents of the process too. */
  static List<Document> seedDocuments() {
    List<Document> list = new ArrayList<>();
    list.add(doc("doc-seed-000", DocumentKind.NOTES, "IOM NGO meeting: Consultation in prep for International Dialogue"
            + " on Migration (notes)", Confidence.HIGH, seed000("IOM NGO meeting · Consultation in prep for"
                + " International Dialogue on Migration · April 17, 2017"))
        .eventId("mtg-2017-04-17")
        .issued(d("2017-04-17"))
        .note("Seed 000: a participant's notes; the note-taker is not named ('Colin named many across the Americas but"
            + " I missed names').")
        .build());
    list.add(doc("doc-seed-001", DocumentKind.CONCEPT_NOTE, "Civil Society Informal Meeting on the Global Compact on"
            + " Migration In Conjunction with the International Dialogue on Migration: Concept Note and Provisional"
            + " Agenda", Confidence.HIGH, seed001())
        .addAuthorIds("body-iom")
        .eventId("mtg-2017-04-17")
        .note("Seed 001, on IOM's letterhead; undated.")
        .build());
    list.add(doc("doc-seed-002", DocumentKind.PRESENTATION, "Civil Society Engagement with States in the Global Compact"
            + " for Migration: Innovation and New Challenges", Confidence.HIGH, seed002())
        .note("Seed 002, a slide deck; undated and unsigned, written after the 2018 negotiations (it looks forward to"
            + " the implementation, follow-up and review).")
        .build());
    list.add(doc("doc-seed-003", DocumentKind.NOTES, "IOM briefing to IOM Member States and Observers on \"Follow-up to"
            + " the 19 September New York Declaration for Refugees and Migrants, including Preliminary Thinking on IOM's"
            + " role in the Development of a Global Compact for Safe, Orderly and Regular Migration and the"
            + " International Conference in 2018\" (summary)", Confidence.HIGH, seed003())
        .eventId("brief-2016-10-14")
        .note("Seed 003: a summary of the briefing of 14 October 2016; its own date and author are not given.")
        .build());
    list.add(doc("doc-seed-004", DocumentKind.CONCEPT_NOTE, "Concept note: Civil Society Stocktaking and Strategy"
            + " Meeting - 2017 Regional and Global processes toward the States' Stocktaking Conference", Confidence.HIGH,
            seed004("This project is funded by the European Union · Supported by the International Organization for"
                + " Migration"))
        .eventId("cs-stock")
        .note("Seed 004; undated: it reports the webinar of 8 November 2017 as held and the meeting of 2-3 December as"
            + " to come. Its annexes (1: reporting template, 2: the TEN ACTS, 3: selection of delegates) are not in"
            + " the seed.")
        .build());
    list.add(doc("doc-cs-stock-template", DocumentKind.REPORTING_TEMPLATE, "Reporting Template for the group sessions"
            + " (Annex 1)", Confidence.HIGH,
            seed004("The job of the rapporteur is [a] to record and submit to the organizers the highlights of the Group"
                + " Session on the Reporting Template (see Annex 1)"))
        .eventId("cs-stock")
        .note("The template's questions are not in the seed; the three guiding questions of 004 (leaders among states;"
            + " three questions for the table with governments; complementarity with the refugee compact) guided the"
            + " sessions. No filled-in report is known, so no group session has report entries.")
        .build());
    return list;
  }
}
