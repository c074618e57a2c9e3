package org.gcmkit.model;

/**
 * The phases of the GCM process. The seeds name phases I to III; civil society added "phase 4", the road to
 * adoption; the follow-up and review began in 2020.
 *
 * @since 0.1
 */
public enum PhaseKind {
  /** From the New York Declaration (19 September 2016) to the modalities resolution. */
  PREPARATION,
  /** Phase I, consultations: April to November 2017. */
  CONSULTATION,
  /** Phase II, stocktaking: November 2017 to January 2018. */
  STOCKTAKING,
  /** Phase III, intergovernmental negotiations: February to July 2018. */
  NEGOTIATION,
  /** "Phase 4", civil society's name for the road to adoption: August to December 2018. */
  ROAD_TO_ADOPTION,
  /**
   * Implementation, follow-up and review: regional reviews from 2020, the International Migration Review Forum
   * every four years from 2022.
   */
  FOLLOW_UP
}
