/**
 * iCalendar (RFC 5545): feeds of a schedule written by {@link org.gcmkit.io.ical.ICal}, and files of any producer
 * read by {@link org.gcmkit.io.ical.ICalReader}.
 *
 * <h2>Writing a feed</h2>
 *
 * <p>{@link org.gcmkit.io.ical.ICal} writes the events of a {@link org.gcmkit.calendar.Schedule} that a {@link
 * org.gcmkit.calendar.FeedDefinition} selects as a subscribable calendar ({@code METHOD:PUBLISH}, RFC 7986 name and
 * refresh interval, one {@code VTIMEZONE} per zone used, stable UIDs {@code <event id>@gcmkit.org}), streaming, with
 * no clock: the same data gives the same bytes. {@code docs/ical-feed.md} documents the mapping property by
 * property, including the {@code X-GCMKIT-*} properties from which an importer recovers the events.
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(ReferenceData.gcm());
 * FeedDefinition feed = FeedDefinition.builder()
 *     .name("GCM negotiations")
 *     .filter(EventFilter.builder().addKinds(EventKind.NEGOTIATION_ROUND).build())
 *     .build();
 * ICal.defaults().write(schedule, feed, Path.of("negotiations.ics"));
 * }</pre>
 *
 * <h2>Reading</h2>
 *
 * <p>{@link org.gcmkit.io.ical.ICalReader} streams a file to an
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
