package org.gcmkit.io.reference;

import java.time.ZoneId;
import org.gcmkit.model.AttendanceMode;
import org.gcmkit.model.Event;
import org.gcmkit.model.EventKind;
import org.gcmkit.model.EventStatus;
import org.gcmkit.model.FuzzyDate;
import org.gcmkit.model.Headcount;
import org.gcmkit.model.CountBasis;
import org.gcmkit.model.CountCategory;
import org.gcmkit.model.Participation;
import org.gcmkit.model.Place;
import org.gcmkit.model.Role;
import org.gcmkit.model.Source;
import org.gcmkit.model.Timing;

/**
 * Small helpers for writing the reference data set as readable code: the seed documents and URLs as {@link Source}s,
 * the places and zones that recur, timings written as the fact base writes them, participations and headcounts.
 *
 * <p>Every date is written in the fact base's own notation (ISO 8601 / EDTF, as in {@code gcm-facts.tsv}) and read
 * with {@link FuzzyDate#parse}, so that a record can be compared with its row by eye and by
 * {@code GcmFactsCoverageTest}.
 *
 * <p>A quoted source gives the seed's words verbatim, without its Markdown or HTML markup; " · " joins fragments
 * that the seed prints on separate lines or bullets. Only seeds are quoted: the URLs of the fact base are cited, not
 * quoted, because their text was not read here.
 */
final class Refs {

  // ------------------------------------------------------------------------------------------------------------
  // The five seeds, cited by file name (never by path), as the fact base cites them.

  static final String SEED_000 = "000_efcee90ecae86aab.txt";
  static final String SEED_001 = "001_726fd14677ea13dc.txt";
  static final String SEED_002 = "002_a82a182bb85123a2.txt";
  static final String SEED_003 = "003_3dea2f4af0ae5c57.txt";
  static final String SEED_004 = "004_92770983771948fb.txt";

  // ------------------------------------------------------------------------------------------------------------
  // URLs of the fact base's `source` column that several records cite.

  static final String IISD_MODALITIES_AGREED =
      "http://sdg.iisd.org/news/governments-reach-agreement-on-migration-compact-process";
  static final String IISD_ELEMENTS =
      "http://sdg.iisd.org/news/co-facilitators-propose-modalities-to-negotiate-migration-compact";
  static final String IISD_SCHEDULE =
      "https://sdg.iisd.org/news/co-facilitators-announce-negotiating-schedule-for-migration-compact/";
  static final String UN_PRESS_GA11902 = "https://www.un.org/press/en/2017/ga11902.doc.htm";
  static final String GCM_TEXT =
      "https://adattar.minorityforum.info/en/entity/raaui6nu5a/metadata?file=1587370301487dgy07rb4bk.pdf&page=35";
  static final String NORWAY_ICRC =
      "https://www.norway.no/en/missions/wto-un/nig/statements/ha/icrc/statesment-on-the-global-compact-for-migration/";
  static final String IOM_PHASE_1 = "https://www.iom.int/phase-1-consultations";
  static final String RCSC_PAGE = "https://refugeesmigrants.un.org/regional-civil-society-consultations";
  static final String CO_FAC_LETTER =
      "https://docslib.org/doc/7258299/please-accept-excellency-the-assurances-of-my-highest-consid";
  static final String NGLS = "http://www.un-ngls.com/index.php/global-compact-migration";
  static final String SRSG_PAGE =
      "http://www.unpopulation.org/en/development/desa/population/migration/partners/srsg.html";
  static final String UNPFIP_FINAL =
      "http://unpfip.blogspot.com/2018/08/global-compact-for-safe-orderly-and.html";
  static final String IISD_REV3 =
      "https://sdg.iisd.org/news/co-facilitators-circulate-revised-migration-compact-before-final-round-of-negotiations/";
  static final String UN_CONF = "https://www.un.org/en/conf/migration/";
  static final String IISD_CONF = "https://sdg.iisd.org/?p=728695";
  static final String UN_MULTIMEDIA_VOTE = "https://www.unmultimedia.org/avlibrary/asset/2338/2338741/";
  static final String JURIST_VOTE = "https://jurist.org/news/2018/12/un-endorses-global-migration-pact";
  static final String IISD_IMRF_AGREED =
      "https://sdg.iisd.org/news/un-member-states-agree-on-international-migration-review-forum-modalities";
  static final String IISD_IMRF_COFAC =
      "https://sdg.iisd.org/news/bangladesh-spain-to-lead-discussions-on-migration-review-mechanism";
  static final String UNECE_2024 = "https://drupal-main-staging.unece.org/media/press/389175";
  static final String CEPAL_BACKGROUND = "https://pactomigracion.cepal.org/2/en/background";
  static final String UN_PRESS_DEV3304 = "https://www.un.org/press/en/2017/dev3304.doc.htm";
  static final String MADE_CS = "http://madenetwork.org/civil-society-and-un-global-compact-safe-orderly-and-regular-migration";
  static final String MADE_TEN_ACTS = "http://www.madenetwork.org/ten-acts";

  // ------------------------------------------------------------------------------------------------------------
  // Zones. Puerto Vallarta (Jalisco) is America/Mexico_City, not America/Bahia_Banderas (domain.md 2.5).

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");
  static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  private Refs() {}

  // ------------------------------------------------------------------------------------------------------------
  // Sources

  static Source seed000() {
    return Source.of(SEED_000);
  }

  static Source seed000(String quote) {
    return quoted(SEED_000, quote);
  }

  static Source seed001() {
    return Source.of(SEED_001);
  }

  static Source seed001(String quote) {
    return quoted(SEED_001, quote);
  }

  static Source seed002() {
    return Source.of(SEED_002);
  }

  static Source seed002(String quote) {
    return quoted(SEED_002, quote);
  }

  static Source seed003() {
    return Source.of(SEED_003);
  }

  static Source seed003(String quote) {
    return quoted(SEED_003, quote);
  }

  static Source seed004() {
    return Source.of(SEED_004);
  }

  static Source seed004(String quote) {
    return quoted(SEED_004, quote);
  }

  /** A public page cited in the fact base's {@code source} column. */
  static Source url(String address) {
    return Source.of(address);
  }

  /** A public page with the place in it that states the fact. */
  static Source url(String address, String locator) {
    return Source.builder().reference(address).locator(locator).build();
  }

  private static Source quoted(String seed, String quote) {
    return Source.builder().reference(seed).quote(quote).build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Dates and timings, in the fact base's notation

  /** A date as the fact base writes it: {@code 2017-12-04}, {@code 2017-06}, {@code 2017-04-07~}, an interval. */
  static FuzzyDate d(String edtf) {
    return FuzzyDate.parse(edtf);
  }

  /** A one-day (or otherwise single-valued) timing: the fact base's row with an empty {@code end}. */
  static Timing on(String start) {
    return Timing.of(d(start));
  }

  /** An all-day span (both days inclusive) or a span of months, as the row's {@code start} and {@code end}. */
  static Timing span(String start, String end) {
    return Timing.builder().start(d(start)).end(d(end)).build();
  }

  /** A timed span in local time; the zone is the event's place's. */
  static Timing at(String start, String end) {
    return Timing.builder().start(d(start)).end(d(end)).build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Places

  static Place place(String city, String country, String zone) {
    return Place.builder().city(city).country(country).zone(ZoneId.of(zone)).build();
  }

  static Place newYork() {
    return Place.builder().city("New York").country("US").zone(NEW_YORK).build();
  }

  static Place unhq() {
    return Place.builder().venue("UN Headquarters").city("New York").country("US").zone(NEW_YORK).build();
  }

  static Place unhq(String room) {
    return Place.builder().venue("UN Headquarters").room(room).city("New York").country("US").zone(NEW_YORK).build();
  }

  static Place newYorkRoom(String room) {
    return Place.builder().room(room).city("New York").country("US").zone(NEW_YORK).build();
  }

  static Place geneva() {
    return Place.builder().city("Geneva").country("CH").zone(ZURICH).build();
  }

  static Place palais() {
    return Place.builder().venue("Palais des Nations").city("Geneva").country("CH").zone(ZURICH).build();
  }

  static Place palais(String room) {
    return Place.builder().venue("Palais des Nations").room(room).city("Geneva").country("CH").zone(ZURICH).build();
  }

  static Place puertoVallarta() {
    return Place.builder().city("Puerto Vallarta").country("MX").zone(MEXICO_CITY).build();
  }

  /** An online event: no city; the zone of the organiser's seat goes on the timing. */
  static Place online() {
    return Place.builder().attendance(AttendanceMode.ONLINE).build();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Events, participations, headcounts

  /** An event that took place; callers add timing, place, sources, confidence and the rest. */
  static Event.Builder held(String id, EventKind kind, String title) {
    return Event.builder().id(id).kind(kind).title(title).status(EventStatus.HELD);
  }

  static Participation org(Role role, String organisationId) {
    return Participation.builder().role(role).organisationId(organisationId).build();
  }

  static Participation org(Role role, String organisationId, String note) {
    return Participation.builder().role(role).organisationId(organisationId).note(note).build();
  }

  static Participation person(Role role, String personId, String organisationId) {
    return Participation.builder().role(role).personId(personId).organisationId(organisationId).build();
  }

  static Participation personOnBehalf(Role role, String personId, String state) {
    return Participation.builder().role(role).personId(personId).onBehalfOf(state).build();
  }

  /**
   * A single number: "55 govt participants", "approximately 75" (approximate). The words are kept as the headcount's
   * source text only when the source is a seed, whose words they are; a fact-base URL was not read verbatim.
   */
  static Headcount count(CountBasis basis, CountCategory category, int n, boolean approximate, String words,
      Source source) {
    return words(Headcount.builder().basis(basis).category(category).minimum(n).maximum(n).approximate(approximate),
        words, source);
  }

  /** A range: "30-80 participants each". */
  static Headcount range(CountBasis basis, CountCategory category, int min, int max, String words, Source source) {
    return words(Headcount.builder().basis(basis).category(category).minimum(min).maximum(max), words, source);
  }

  /** An open-ended number: "400+", "over 500", "60+ CSOs". */
  static Headcount atLeast(CountBasis basis, CountCategory category, int min, String words, Source source) {
    return words(Headcount.builder().basis(basis).category(category).minimum(min), words, source);
  }

  /** An upper bound only: "max 250 CS delegates". */
  static Headcount atMost(CountBasis basis, CountCategory category, int max, String words, Source source) {
    return words(Headcount.builder().basis(basis).category(category).maximum(max), words, source);
  }

  private static Headcount words(Headcount.Builder b, String words, Source source) {
    if (!source.isUrl()) {
      b.sourceText(words);
    }
    return b.addSources(source).build();
  }
}
