/**
 * RFC 5545 recurrence: the {@link org.gcmkit.calendar.recur.RecurrenceRule RECUR value} (parse, format, every rule
 * part) and the lazy {@link org.gcmkit.calendar.recur.RecurrenceSet expansion} of RRULE + RDATE + EXDATE.
 *
 * <p>Expansion happens in the local time of the start (RFC 5545 section 3.3.10: an event at 09:00 stays at 09:00
 * across a daylight-saving change). Local times are turned into instants with the start's
 * {@link java.time.zone.ZoneRules}: a local time that falls in a gap (spring forward) is moved forward by the length
 * of the gap, a local time that occurs twice (fall back) takes the earlier offset, as RFC 5545 section 3.3.5
 * prescribes for DATE-TIME values with a TZID. An instance is never dropped because of a gap.
 *
 * <pre>{@code
 * RecurrenceRule rule = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
 * RecurrenceSet set = RecurrenceSet.builder(LocalDateTime.parse("2018-01-26T10:00"))
 *     .zone(ZoneId.of("Europe/Berlin").getRules())
 *     .rule(rule)
 *     .build();
 * set.stream().forEach(System.out::println);   // 2018-01-26T10:00, 2018-02-23T10:00, 2018-03-30T10:00
 * }</pre>
 */
@NullMarked
package org.gcmkit.calendar.recur;

import org.jspecify.annotations.NullMarked;
