package org.gcmkit.model;

/**
 * Whether a {@link Headcount} is what was expected or what happened.
 *
 * @since 0.1
 */
public enum CountBasis {
  /** Expected or planned ("approximately 75 civil society participants"). */
  EXPECTED,
  /** Counted or reported afterwards ("55 govt participants, 23 states"). */
  ACTUAL
}
