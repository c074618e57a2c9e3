/**
 * The schedule of a gcmkit data set and the definition of calendar feeds.
 *
 * <ul>
 *   <li>{@link org.gcmkit.calendar.Schedule} answers the questions a calendar asks of a {@link
 *       org.gcmkit.model.DataSet}: which events fall between two instants, which come next, which phase a date is
 *       in, which events match a {@linkplain org.gcmkit.calendar.EventFilter filter} (by kind, region, commission,
 *       Act, objective, phase, organisation, person or city), and the programme of an event as a {@linkplain
 *       org.gcmkit.calendar.ProgrammeNode tree}.
 *   <li>{@link org.gcmkit.calendar.CalendarTime} says how an event's timing appears in a calendar: local times in
 *       the venue's IANA zone for timed events; all-day spans for meetings over days; and for dates that are not
 *       exact ("early December", "2017-10-16~"), a tentative all-day span over the whole window, never a precise
 *       date the sources do not give.
 *   <li>{@link org.gcmkit.calendar.FeedDefinition} describes a subscribable feed: its name, description, filter,
 *       whether programme items become events of their own, refresh interval, language.
 * </ul>
 *
 * <pre>{@code
 * Schedule schedule = Schedule.of(data);
 * List<Event> december = schedule.between(Instant.parse("2017-12-01T00:00:00Z"), Instant.parse("2018-01-01T00:00:00Z"));
 * List<Event> africa = schedule.select(EventFilter.builder().addRegions(Region.AFRICA).build());
 * schedule.phaseAt(LocalDate.of(2018, 3, 12)).map(Phase::name);   // "Phase III - Intergovernmental negotiations"
 * }</pre>
 */
@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = true)
package org.gcmkit.calendar;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
