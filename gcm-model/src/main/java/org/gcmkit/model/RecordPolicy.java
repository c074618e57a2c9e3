package org.gcmkit.model;

/**
 * Whether what is said at an event or programme item is recorded.
 *
 * @since 0.1
 */
public enum RecordPolicy {
  /** Recorded: minutes, a report or a rapporteur. */
  ON_RECORD,
  /** "No-record": no rapporteur and no report, as at the tables with governments of December 2017. */
  NO_RECORD,
  /** No formal agenda or record, under the Chatham House rule, as at the spontaneous lunch tables. */
  CHATHAM_HOUSE
}
