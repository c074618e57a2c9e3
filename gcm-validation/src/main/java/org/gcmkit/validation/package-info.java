/**
 * Validation of gcmkit data: {@link org.gcmkit.validation.GcmValidator} checks a data set (or any model value) and
 * returns a {@link org.gcmkit.validation.ValidationReport}; invalid data never makes it throw.
 *
 * <h2>What is checked</h2>
 *
 * <ul>
 *   <li><b>Field constraints</b> declared on the model's accessors (Jakarta Validation, run by Hibernate Validator
 *       with {@link org.gcmkit.validation.AccessorPropertySelectionStrategy}, which makes record-style accessors
 *       such as {@code title()} visible, and a {@code ParameterMessageInterpolator}, so no Expression Language is
 *       needed). Codes {@code GCM-FIELD-*}.
 *   <li><b>Domain rules</b> across records, from the rules the seed documents state (R1 to R42 of gcmkit's domain
 *       research) and the soundness of the data: times, zones and daylight saving; phases, parents and relative
 *       dates; the group sessions, rounds and tables with governments of the civil society stocktaking of December
 *       2017; regional civil society consultations; accreditation and registration; concept notes four weeks ahead;
 *       votes; the 2/5/12-year benchmarks; references, ids and cycles; and, for a data set that claims to be
 *       complete, the counts the seeds fix and a source and confidence on every record. {@link
 *       org.gcmkit.validation.GcmValidator#rules()} lists them; {@code docs/rules.md} gives the seed sentence behind
 *       each.
 * </ul>
 *
 * <h2>Findings</h2>
 *
 * <p>Every finding is an {@link org.gcmkit.model.Finding} with a stable code, a severity (error for hard rules,
 * warning for soft ones), a message and a hint in English, French or Spanish, a data path in the syntax of {@link
 * org.gcmkit.model.SourceMap} ({@code events[cs-stock-gs3].participants[2].personId}) and, when a source map is
 * given, the position in the file. A {@link org.gcmkit.model.Waiver} on an event or a document suspends a waivable
 * rule for that record; the report keeps the finding as a {@link org.gcmkit.validation.WaivedFinding}.
 *
 * <pre>{@code
 * ValidationReport report = GcmValidator.create().withLocale(Locale.FRENCH).validate(data, sourceMap);
 * report.errors().forEach(System.out::println);
 * String json = report.toJson();
 * }</pre>
 *
 * <h2>Scale</h2>
 *
 * <p>Every domain rule runs over indexes built once per validation, in linear time, except the overlap of a
 * person's sessions, which sorts each person's events by start (O(n log n)). The field constraints are one Hibernate
 * Validator call per record of the data set (each phase, event, organisation, person and so on, with its nested
 * values), with the paths of one cascading call over the data set; {@link
 * org.gcmkit.validation.GcmValidator#validateFields} and {@link org.gcmkit.validation.GcmValidator#validateRules}
 * run the two halves apart.
 */
@NullMarked
package org.gcmkit.validation;

import org.jspecify.annotations.NullMarked;
