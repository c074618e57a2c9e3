/**
 * Reading and writing gcmkit data: the streaming iCalendar (RFC 5545) reader and writer.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires transitive org.gcmkit.calendar;
  requires static org.jspecify;

  exports org.gcmkit.io.ical;
}
