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
 */
@NullMarked
package org.gcmkit.io.ical;

import org.jspecify.annotations.NullMarked;
