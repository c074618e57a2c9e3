package org.gcmkit.model;

/**
 * How people take part in an event, after schema.org's {@code eventAttendanceMode}.
 *
 * @since 0.1
 */
public enum AttendanceMode {
  /** Participants are in the room. */
  IN_PERSON,
  /** The event takes place online only (a webinar, a virtual review). */
  ONLINE,
  /** In the room, with remote participation (a conference call line, a video link). */
  HYBRID
}
