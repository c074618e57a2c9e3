/**
 * gcmkit I/O: reading and writing gcmkit data (iCalendar, JSON, the reference data set).
 *
 * <p>The streaming RFC 5545 writer core lives in the unexported package
 * {@code org.gcmkit.io.ical.internal.write}; the public facades are built on top of it.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires static org.jspecify;
}
