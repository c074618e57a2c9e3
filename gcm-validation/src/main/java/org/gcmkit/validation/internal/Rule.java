package org.gcmkit.validation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gcmkit.model.Severity;

/**
 * Every check gcmkit validation makes, with its stable code, its severity, whether a {@link
 * org.gcmkit.model.Waiver} may suspend it, the rule of the domain research it implements ({@code R1} to {@code R42},
 * or {@code model}, {@code integrity}, {@code public}), and the number of arguments its message takes. Messages,
 * hints and titles live in the {@code messages} bundles under the code.
 *
 * <p>{@code docs/rules.md} has one row per constant; a test keeps the two in step.
 */
public enum Rule {
  // Field constraints of the model (Jakarta Validation).
  /** A required text is not blank. */
  FIELD_NOT_BLANK("GCM-FIELD-NOT-BLANK", Severity.ERROR, false, "model", 1),
  /** A number is greater than 0. */
  FIELD_POSITIVE("GCM-FIELD-POSITIVE", Severity.ERROR, false, "model", 2),
  /** A count is not negative. */
  FIELD_POSITIVE_OR_ZERO("GCM-FIELD-POSITIVE-OR-ZERO", Severity.ERROR, false, "model", 2),
  /** A number is not below its minimum. */
  FIELD_MIN("GCM-FIELD-MIN", Severity.ERROR, false, "model", 3),
  /** A number is not above its maximum. */
  FIELD_MAX("GCM-FIELD-MAX", Severity.ERROR, false, "model", 3),
  /** A country is an ISO 3166-1 alpha-2 code. */
  FIELD_COUNTRY_CODE("GCM-FIELD-COUNTRY-CODE", Severity.ERROR, false, "model", 2),
  /** A language is a BCP 47 tag. */
  FIELD_LANGUAGE_TAG("GCM-FIELD-LANGUAGE-TAG", Severity.ERROR, false, "model", 2),
  /** Another Jakarta constraint holds. */
  FIELD_CONSTRAINT("GCM-FIELD-CONSTRAINT", Severity.ERROR, false, "model", 4),

  // Integrity of the data set.
  /** Ids are unique within each kind of record. */
  ID_DUPLICATE("GCM-ID-DUPLICATE", Severity.ERROR, false, "integrity", 3),
  /** A reference to an event resolves. */
  REF_EVENT("GCM-REF-EVENT", Severity.ERROR, false, "integrity", 2),
  /** A reference to a phase resolves. */
  REF_PHASE("GCM-REF-PHASE", Severity.ERROR, false, "integrity", 2),
  /** A reference to a person resolves. */
  REF_PERSON("GCM-REF-PERSON", Severity.ERROR, false, "integrity", 2),
  /** A reference to an organisation resolves. */
  REF_ORGANISATION("GCM-REF-ORGANISATION", Severity.ERROR, false, "integrity", 2),
  /** A reference to a document resolves. */
  REF_DOCUMENT("GCM-REF-DOCUMENT", Severity.ERROR, false, "integrity", 2),
  /** An author is an organisation or a person of the data set. */
  REF_AUTHOR("GCM-REF-AUTHOR", Severity.ERROR, false, "integrity", 2),
  /** Parents and earlier versions never loop. */
  REF_CYCLE("GCM-REF-CYCLE", Severity.ERROR, false, "integrity", 2),
  /** A participation names a person or an organisation. */
  PARTICIPATION_EMPTY("GCM-PARTICIPATION-EMPTY", Severity.ERROR, false, "integrity", 1),
  /** A programme item belongs to an event. */
  PROGRAMME_PARENT("GCM-PROGRAMME-PARENT", Severity.WARNING, true, "integrity", 2),

  // Time.
  /** An end is not before its start. */
  TIMING_END_BEFORE_START("GCM-TIMING-END-BEFORE-START", Severity.ERROR, false, "integrity", 2),
  /** Local times have a time zone. */
  TIMING_ZONE_MISSING("GCM-TIMING-ZONE-MISSING", Severity.ERROR, false, "integrity", 1),
  /** No local time falls in a daylight-saving gap. */
  TIMING_DST_GAP("GCM-TIMING-DST-GAP", Severity.ERROR, false, "integrity", 2),
  /** A local time in a daylight-saving overlap has an offset. */
  TIMING_DST_OVERLAP("GCM-TIMING-DST-OVERLAP", Severity.ERROR, false, "integrity", 4),
  /** An explicit offset matches the zone. */
  TIMING_OFFSET_MISMATCH("GCM-TIMING-OFFSET-MISMATCH", Severity.ERROR, false, "integrity", 4),
  /** Separate days lie within the span. */
  TIMING_DAYS_OUTSIDE("GCM-TIMING-DAYS-OUTSIDE", Severity.ERROR, false, "integrity", 3),
  /** Weekdays the source names match the dates. */
  WEEKDAY_LABEL("GCM-WEEKDAY-LABEL", Severity.WARNING, true, "R12", 3),
  /** An event lies in its phase’s window. */
  PHASE_WINDOW("GCM-PHASE-WINDOW", Severity.ERROR, true, "R14", 3),
  /** An event may lie outside its phase’s window. */
  PHASE_WINDOW_UNCERTAIN("GCM-PHASE-WINDOW-UNCERTAIN", Severity.WARNING, true, "R14", 3),
  /** A programme item lies within its parent. */
  PARENT_WINDOW("GCM-PARENT-WINDOW", Severity.ERROR, true, "integrity", 2),
  /** A programme item may lie outside its parent. */
  PARENT_WINDOW_UNCERTAIN("GCM-PARENT-WINDOW-UNCERTAIN", Severity.WARNING, true, "integrity", 2),
  /** A date given relative to another event agrees with it. */
  RELATIVE_DATE("GCM-RELATIVE-DATE", Severity.ERROR, true, "R39", 5),
  /** A rescheduled event keeps its earlier plan. */
  RESCHEDULED_REVISION("GCM-RESCHEDULED-REVISION", Severity.WARNING, true, "integrity", 1),
  /** Nobody is in two sessions at once. */
  PERSON_OVERLAP("GCM-PERSON-OVERLAP", Severity.WARNING, true, "R4", 3),

  // Programme of the civil society stocktaking (seed 004).
  /** A group session has 7 to 15 participants. */
  GROUP_SIZE("GCM-GROUP-SIZE", Severity.WARNING, true, "R1", 2),
  /** A group session has two co-leads and a rapporteur. */
  GROUP_STAFFING("GCM-GROUP-STAFFING", Severity.ERROR, true, "R2", 3),
  /** A group session or table is on one Act. */
  GROUP_ACT("GCM-GROUP-ACT", Severity.WARNING, true, "R10", 2),
  /** The programme has the declared number of rounds. */
  ROUND_COUNT("GCM-ROUND-COUNT", Severity.ERROR, true, "R3", 3),
  /** A round has the declared number of group sessions. */
  ROUND_SESSIONS("GCM-ROUND-SESSIONS", Severity.ERROR, true, "R3", 3),
  /** A group session lasts the declared length. */
  SESSION_LENGTH("GCM-SESSION-LENGTH", Severity.ERROR, true, "R3", 3),
  /** A participant is in one group session per round. */
  ROUND_PARTICIPANT("GCM-ROUND-PARTICIPANT", Severity.WARNING, true, "R4", 4),
  /** A participant sits at a table on an Act of their group sessions. */
  TABLE_FOLLOW_ON("GCM-TABLE-FOLLOW-ON", Severity.WARNING, true, "R5", 3),
  /** The rapporteur records the report. */
  REPORT_RAPPORTEUR("GCM-REPORT-RAPPORTEUR", Severity.ERROR, true, "R6", 2),
  /** A table with governments has 2 to 5 government representatives. */
  TABLE_GOVERNMENTS("GCM-TABLE-GOVERNMENTS", Severity.ERROR, true, "R7", 2),
  /** A table with governments has 5 to 8 civil society leaders. */
  TABLE_CIVIL_SOCIETY("GCM-TABLE-CIVIL-SOCIETY", Severity.ERROR, true, "R7", 2),
  /** Table leaders mostly come from the group session on the same Act. */
  TABLE_PROVENANCE("GCM-TABLE-PROVENANCE", Severity.WARNING, true, "R7", 4),
  /** The facilitator of a table co-led the group session on the same Act. */
  TABLE_FACILITATOR("GCM-TABLE-FACILITATOR", Severity.ERROR, true, "R8", 3),
  /** A table with governments has one facilitator. */
  TABLE_FACILITATOR_COUNT("GCM-TABLE-FACILITATOR-COUNT", Severity.ERROR, true, "R8", 2),
  /** A table has a facilitator, not a moderator. */
  TABLE_MODERATOR("GCM-TABLE-MODERATOR", Severity.WARNING, true, "R8", 2),
  /** No rapporteur off the record. */
  NO_RECORD_RAPPORTEUR("GCM-NO-RECORD-RAPPORTEUR", Severity.ERROR, true, "R9", 2),
  /** No report off the record. */
  NO_RECORD_REPORT("GCM-NO-RECORD-REPORT", Severity.ERROR, true, "R9", 1),
  /** Tables with governments are off the record. */
  TABLE_RECORD_POLICY("GCM-TABLE-RECORD-POLICY", Severity.WARNING, true, "R9", 1),
  /** Lunch tables have no agenda. */
  LUNCH_TABLE_AGENDA("GCM-LUNCH-TABLE-AGENDA", Severity.WARNING, true, "R9", 2),
  /** Each Act of a group session has one table with governments. */
  TABLE_THEME("GCM-TABLE-THEME", Severity.ERROR, true, "R10", 4),
  /** A headcount’s minimum is not above its maximum. */
  HEADCOUNT_RANGE("GCM-HEADCOUNT-RANGE", Severity.ERROR, false, "integrity", 2),
  /** Actual counts stay within the expected capacity. */
  HEADCOUNT_CAPACITY("GCM-HEADCOUNT-CAPACITY", Severity.WARNING, true, "R11", 3),

  // Regional civil society consultations and other meetings.
  /** A regional civil society consultation had 30 to 80 participants. */
  RCSC_SIZE("GCM-RCSC-SIZE", Severity.WARNING, true, "R16", 2),
  /** The regional civil society consultations had 400 or more participants. */
  RCSC_TOTAL("GCM-RCSC-TOTAL", Severity.WARNING, false, "R16", 1),
  /** A regional civil society consultation has an anchor. */
  RCSC_ANCHOR("GCM-RCSC-ANCHOR", Severity.ERROR, true, "R17", 1),
  /** An organiser is not also a supporter. */
  ORGANISER_SUPPORTER("GCM-ORGANISER-SUPPORTER", Severity.ERROR, true, "R18", 2),
  /** No special accreditation for regional civil society consultations. */
  RCSC_ACCREDITATION("GCM-RCSC-ACCREDITATION", Severity.ERROR, false, "R18", 2),
  /** The African consultation is bilingual. */
  RCSC_LANGUAGES("GCM-RCSC-LANGUAGES", Severity.WARNING, true, "R40", 2),
  /** Formal negotiations are for States only. */
  NEGOTIATION_STATES_ONLY("GCM-NEGOTIATION-STATES-ONLY", Severity.WARNING, true, "R34", 3),

  // Accreditation and registration (seed 000).
  /** An application after the deadline is rejected. */
  ACCREDITATION_DEADLINE("GCM-ACCREDITATION-DEADLINE", Severity.ERROR, false, "R19", 3),
  /** An application may come after the deadline. */
  ACCREDITATION_DEADLINE_UNCERTAIN("GCM-ACCREDITATION-DEADLINE-UNCERTAIN", Severity.WARNING, false, "R19", 3),
  /** No registration after the deadline. */
  REGISTRATION_DEADLINE("GCM-REGISTRATION-DEADLINE", Severity.ERROR, false, "R19", 3),
  /** A registration may come after the deadline. */
  REGISTRATION_DEADLINE_UNCERTAIN("GCM-REGISTRATION-DEADLINE-UNCERTAIN", Severity.WARNING, false, "R19", 3),
  /** Only accredited organisations register representatives. */
  REGISTRATION_NOT_ACCREDITED("GCM-REGISTRATION-NOT-ACCREDITED", Severity.ERROR, false, "R21", 2),
  /** An organisation keeps to its quota of places. */
  ACCREDITATION_QUOTA("GCM-ACCREDITATION-QUOTA", Severity.ERROR, false, "R22", 3),
  /** Representatives have distinct priorities. */
  REPRESENTATIVE_PRIORITY("GCM-REPRESENTATIVE-PRIORITY", Severity.WARNING, false, "R22", 3),
  /** An organisation registers once per meeting. */
  ACCREDITATION_ONCE("GCM-ACCREDITATION-ONCE", Severity.WARNING, false, "R23", 2),
  /** A senior person authorises each representative. */
  REPRESENTATIVE_AUTHORISATION("GCM-REPRESENTATIVE-AUTHORISATION", Severity.ERROR, false, "R24", 3),
  /** A substitute replaces a representative of the same accreditation. */
  SUBSTITUTE("GCM-SUBSTITUTE", Severity.ERROR, false, "R25", 2),
  /** Every migrant is affiliated with an organisation. */
  MIGRANT_AFFILIATION("GCM-MIGRANT-AFFILIATION", Severity.ERROR, false, "R29", 1),
  /** An objection gives its reason. */
  OBJECTION_REASON("GCM-OBJECTION-REASON", Severity.ERROR, false, "R36", 1),

  // Documents and resolutions.
  /** A concept note is out four weeks before its session. */
  CONCEPT_NOTE_LEAD_TIME("GCM-CONCEPT-NOTE-LEAD-TIME", Severity.ERROR, true, "R30", 4),
  /** A concept note may be out less than four weeks before its session. */
  CONCEPT_NOTE_LEAD_TIME_UNCERTAIN("GCM-CONCEPT-NOTE-LEAD-TIME-UNCERTAIN", Severity.WARNING, true, "R30", 4),
  /** Vote counts add up to the membership. */
  VOTE_SUM("GCM-VOTE-SUM", Severity.ERROR, false, "R42", 2),
  /** The States named against match the votes against. */
  VOTE_AGAINST_IDS("GCM-VOTE-AGAINST-IDS", Severity.ERROR, false, "R42", 2),
  /** The Review Forum meets every four years from 2022. */
  REVIEW_FORUM_CYCLE("GCM-REVIEW-FORUM-CYCLE", Severity.WARNING, true, "R42", 2),
  /** Regional reviews begin in 2020. */
  REGIONAL_REVIEW_START("GCM-REGIONAL-REVIEW-START", Severity.ERROR, true, "R42", 2),

  // Goals, targets and the 2/5/12-year benchmarks (seed 000).
  /** An indicator has benchmarks at 2, 5 and 12 years. */
  BENCHMARK_MISSING("GCM-BENCHMARK-MISSING", Severity.ERROR, false, "R38", 2),
  /** An indicator has one benchmark per year. */
  BENCHMARK_DUPLICATE("GCM-BENCHMARK-DUPLICATE", Severity.ERROR, false, "R38", 2),
  /** A benchmark falls due its years after adoption. */
  BENCHMARK_DUE("GCM-BENCHMARK-DUE", Severity.ERROR, false, "R38", 4),
  /** Benchmarks move toward the target. */
  BENCHMARK_DIRECTION("GCM-BENCHMARK-DIRECTION", Severity.ERROR, false, "R38", 5),
  /** A target has a time period. */
  TARGET_PERIOD("GCM-TARGET-PERIOD", Severity.WARNING, false, "R38", 1),
  /** A target with benchmarks has an adoption date. */
  TARGET_ADOPTION("GCM-TARGET-ADOPTION", Severity.WARNING, false, "R38", 1),

  // Counts the seeds fix, and sources, checked when a data set claims to be complete.
  /** A complete data set has six thematic sessions. */
  COUNT_THEMATIC_SESSIONS("GCM-COUNT-THEMATIC-SESSIONS", Severity.ERROR, false, "R15", 2),
  /** A complete data set has seven regional civil society consultations. */
  COUNT_RCSC("GCM-COUNT-RCSC", Severity.ERROR, false, "R15", 3),
  /** A complete data set has the five consultations of the Regional Economic Commissions. */
  COUNT_REGIONAL_CONSULTATIONS("GCM-COUNT-REGIONAL-CONSULTATIONS", Severity.ERROR, false, "R15", 3),
  /** A complete data set has the Ten Acts. */
  COUNT_ACTS("GCM-COUNT-ACTS", Severity.ERROR, false, "R15", 2),
  /** A complete data set has the 23 objectives. */
  COUNT_OBJECTIVES("GCM-COUNT-OBJECTIVES", Severity.ERROR, false, "public", 2),
  /** Every record of a complete data set has a source. */
  SOURCE_MISSING("GCM-SOURCE-MISSING", Severity.WARNING, false, "integrity", 1),
  /** Every record of a complete data set has a confidence. */
  CONFIDENCE_MISSING("GCM-CONFIDENCE-MISSING", Severity.WARNING, false, "integrity", 1),

  // Waivers.
  /** A waiver names a rule. */
  WAIVER_UNKNOWN_CODE("GCM-WAIVER-UNKNOWN-CODE", Severity.WARNING, false, "integrity", 1),
  /** A waiver names a waivable rule. */
  WAIVER_NOT_ALLOWED("GCM-WAIVER-NOT-ALLOWED", Severity.WARNING, false, "integrity", 1);

  private static final Map<String, Rule> BY_CODE = new HashMap<>();

  static {
    for (Rule r : values()) {
      BY_CODE.put(r.code, r);
    }
  }

  private final String code;
  private final Severity severity;
  private final boolean waivable;
  private final String reference;
  private final int arguments;

  Rule(String code, Severity severity, boolean waivable, String reference, int arguments) {
    this.code = code;
    this.severity = severity;
    this.waivable = waivable;
    this.reference = reference;
    this.arguments = arguments;
  }

  /**
   * The rule with a code.
   *
   * @param code the code
   * @return the rule, or empty when no rule has that code
   */
  public static Optional<Rule> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * The stable code.
   *
   * @return for example {@code "GCM-GROUP-STAFFING"}
   */
  public String code() {
    return code;
  }

  /**
   * The severity of its findings.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Whether a waiver on the record may suspend the rule.
   *
   * @return {@code true} when waivable
   */
  public boolean waivable() {
    return waivable;
  }

  /**
   * The rule of the domain research ({@code R1} to {@code R42}) or the kind of check ({@code model} for field
   * constraints, {@code integrity} for the soundness of the data, {@code public} for public rules outside the seeds).
   *
   * @return the reference
   */
  public String reference() {
    return reference;
  }

  /**
   * The number of arguments its message and hint take.
   *
   * @return the count
   */
  public int arguments() {
    return arguments;
  }

  /**
   * The code of the rule a waiver names to suspend this one: the rule itself, or for an {@code -UNCERTAIN} variant
   * the rule it qualifies.
   *
   * @return the code a waiver must name
   */
  public String waiverCode() {
    return code.endsWith("-UNCERTAIN") ? code.substring(0, code.length() - "-UNCERTAIN".length()) : code;
  }
}
