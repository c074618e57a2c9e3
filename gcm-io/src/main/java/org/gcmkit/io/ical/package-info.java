/**
 * Reading iCalendar (RFC 5545): {@link org.gcmkit.io.ical.ICalReader} streams a file to an
 * {@link org.gcmkit.io.ical.ICalHandler} component by component, or collects it into
 * {@link org.gcmkit.io.ical.ICalCalendar} trees, in a strict or a lenient mode.
 *
 * <p>Every property keeps its raw value, its parameters and its position; known properties also have a typed value
 * ({@link org.gcmkit.io.ical.ICalDateTime}, {@link org.gcmkit.io.ical.ICalDuration}, recurrence rules, ...).
 * DATE-TIMEs with a TZID are resolved through the calendar's own VTIMEZONE, compiled once per TZID into
 * {@link java.time.zone.ZoneRules}. Problems are {@link org.gcmkit.model.Finding}s whose codes are listed in
 * {@link org.gcmkit.io.ical.ICalFindingCode}.
 *
 * <pre>{@code
 * ICalReadResult r = ICalReader.lenient().readAll(Path.of("partner.ics"));
 * for (ICalOccurrence o : r.calendars().get(0).occurrences(from, to, 500)) {
 *   System.out.println(o.start().instant() + " " + o.component().summary().orElse(""));
 * }
 * }</pre>
 *
 * <p>Importing iCalendar into gcmkit data: {@link org.gcmkit.io.ical.ICalImporter} turns each VEVENT into a model
 * {@link org.gcmkit.model.Event} (events of gcmkit feeds come back exactly, through their {@code X-GCMKIT-*}
 * properties), either as a whole {@link org.gcmkit.io.ical.ICalImport} (a data set with a
 * {@link org.gcmkit.model.SourceMap} of file positions) or one {@link org.gcmkit.io.ical.ICalImportedEvent} at a time.
 * What the model has no place for is reported, never dropped silently. The mapping is described in
 * {@code docs/ical-import.md}.
 *
 * <pre>{@code
 * ICalImport imported = ICalImporter.lenient().read(Path.of("partner.ics"));
 * ValidationReport report = GcmValidator.create().validate(imported.dataSet(), imported.sourceMap());
 * }</pre>
 */
@NullMarked
package org.gcmkit.io.ical;

import org.jspecify.annotations.NullMarked;
