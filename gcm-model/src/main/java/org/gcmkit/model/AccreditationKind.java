package org.gcmkit.model;

/**
 * How an organisation is accredited to take part in the process.
 *
 * @since 0.1
 */
public enum AccreditationKind {
  /** Consultative status with ECOSOC (resolution 1996/31): such organisations take part directly. */
  ECOSOC_CONSULTATIVE_STATUS,
  /**
   * Special accreditation for the process, for organisations without ECOSOC status, subject to non-objection by
   * Member States.
   */
  SPECIAL_ACCREDITATION,
  /**
   * No accreditation; for example the regional civil society consultations had no special accreditation process.
   */
  NONE
}
