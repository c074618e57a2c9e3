/**
 * The schedule of a gcmkit data set, how its events appear in calendars, and feed definitions.
 */
module org.gcmkit.calendar {
  requires transitive org.gcmkit.model;
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports org.gcmkit.calendar;

  opens org.gcmkit.calendar;
}
