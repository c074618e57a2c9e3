package org.gcmkit.model;

/**
 * The type of an {@link Organisation}, after the stakeholder categories named in the seeds.
 *
 * @since 0.1
 */
public enum OrganisationType {
  /** A non-governmental organisation. */
  NGO,
  /** A faith-based organisation. */
  FAITH_BASED,
  /** A trade union or workers' association. */
  TRADE_UNION,
  /** A business or business association. */
  PRIVATE_SECTOR,
  /** A university, a research institute or an academic network. */
  ACADEMIA,
  /** An organisation led by migrants. */
  MIGRANT_ORGANISATION,
  /** A diaspora organisation. */
  DIASPORA_ORGANISATION,
  /** A youth organisation. */
  YOUTH,
  /** A women's rights organisation. */
  WOMENS_RIGHTS,
  /** A network or coalition of organisations. */
  NETWORK,
  /** A UN body, office or agency. */
  UN_ENTITY,
  /**
   * A UN Member State (or observer State); its {@linkplain Organisation#country() country} is its ISO 3166-1
   * code.
   */
  MEMBER_STATE,
  /** A regional intergovernmental body, such as the League of Arab States or the European Union. */
  REGIONAL_BODY,
  /**
   * A state-led process or forum outside the UN, such as the GFMD or the regional consultative processes.
   */
  INTERGOVERNMENTAL_PROCESS,
  /** A foundation. */
  FOUNDATION,
  /**
   * A committee, group or other body formed for the process, such as a steering committee or a core group.
   */
  COMMITTEE,
  /** Another kind of organisation. */
  OTHER
}
