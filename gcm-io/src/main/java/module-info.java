/**
 * Reading and writing gcmkit data: JSON ({@link org.gcmkit.io.json.GcmJson}, with the Jackson 3 binding in {@link
 * org.gcmkit.io.json.GcmJacksonModule}), the streaming iCalendar (RFC 5545) reader ({@link
 * org.gcmkit.io.ical.ICalReader}) and the writer of iCalendar feeds ({@link org.gcmkit.io.ical.ICal}), and the
 * reference data set ({@link org.gcmkit.io.reference.ReferenceData}). The writer core and the mapping of events to
 * {@code VEVENT}s live in the unexported package {@code org.gcmkit.io.ical.internal.write}.
 */
module org.gcmkit.io {
  requires transitive org.gcmkit.model;
  requires transitive org.gcmkit.calendar;
  requires transitive tools.jackson.databind;
  requires com.fasterxml.jackson.annotation;
  requires static org.jspecify;

  exports org.gcmkit.io.ical;
  exports org.gcmkit.io.json;
  exports org.gcmkit.io.reference;

  // Jackson instantiates the (de)serializers and inclusion filters that the mix-ins name, and reads the mix-ins.
  opens org.gcmkit.io.json.internal to
      tools.jackson.databind;
}
