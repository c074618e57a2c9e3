package org.gcmkit.model;

/**
 * How a decision was taken.
 *
 * @since 0.1
 */
public enum VoteMethod {
  /** A recorded vote, with counts. */
  RECORDED_VOTE,
  /** Adopted without a vote. */
  WITHOUT_A_VOTE,
  /** Agreed by consensus. */
  CONSENSUS,
  /** Adopted by acclamation. */
  ACCLAMATION,
  /** Agreed under a silence procedure. */
  SILENCE_PROCEDURE
}
