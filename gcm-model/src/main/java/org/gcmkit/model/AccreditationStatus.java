package org.gcmkit.model;

/**
 * Where an application for accreditation stands.
 *
 * @since 0.1
 */
public enum AccreditationStatus {
  /** Applied, no decision yet. */
  APPLIED,
  /** Granted. */
  GRANTED,
  /** A Member State objected; under resolution 1996/31 the organisation has a right to be told why. */
  OBJECTED,
  /** Rejected, for example because it came after the deadline. */
  REJECTED,
  /** Withdrawn by the organisation. */
  WITHDRAWN
}
