package org.gcmkit.model;

/**
 * How far a fact can be trusted, as recorded in the fact base.
 *
 * @since 0.1
 */
public enum Confidence {
  /** Stated by a seed document and/or a primary or near-primary source. */
  HIGH,
  /** Taken from one secondary source, or inferred from what the sources say. */
  MEDIUM,
  /** A plan, a guess or an item the sources leave unresolved. */
  LOW
}
