/**
 * Calendar logic of gcmkit: RFC 5545 recurrence rules and their expansion, shared by the iCalendar reader and
 * writer and by schedules.
 */
module org.gcmkit.calendar {
  requires transitive org.gcmkit.model;
  requires static org.jspecify;

  exports org.gcmkit.calendar.recur;
}
