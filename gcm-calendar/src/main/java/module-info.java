/**
 * Calendar logic of gcmkit: the schedule of a data set, how its events appear in calendars, feed definitions, and
 * RFC 5545 recurrence rules and their expansion, shared by the iCalendar reader and writer and by schedules.
 */
module org.gcmkit.calendar {
  requires transitive org.gcmkit.model;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.calendar;
  exports org.gcmkit.calendar.recur;

  opens org.gcmkit.calendar;
}
