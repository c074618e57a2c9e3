/**
 * Reading and writing gcmkit data: iCalendar (RFC 5545) and JSON.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires static org.jspecify;
}
