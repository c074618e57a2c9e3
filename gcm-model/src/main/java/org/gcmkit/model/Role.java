package org.gcmkit.model;

/**
 * The role a person or an organisation holds: in an organisation or process (a {@link Membership}) or at an event
 * (a {@link Participation}). After Popolo's membership roles.
 *
 * @since 0.1
 */
public enum Role {
  /**
   * Co-facilitator of an intergovernmental process, a State acting through its Permanent Representative.
   */
  CO_FACILITATOR,
  /** President of the UN General Assembly (PGA). */
  PRESIDENT_OF_THE_GENERAL_ASSEMBLY,
  /** Special Representative of the Secretary-General (for International Migration). */
  SRSG,
  /** Secretary-General (of the UN, or of a conference). */
  SECRETARY_GENERAL,
  /** A UN Special Rapporteur. */
  SPECIAL_RAPPORTEUR,
  /** President of a conference. */
  CONFERENCE_PRESIDENT,
  /** Head of an organisation: director general, executive director, president. A senior person. */
  HEAD_OF_ORGANISATION,
  /** A director in an organisation. A senior person. */
  DIRECTOR,
  /** Chief of staff. */
  CHIEF_OF_STAFF,
  /** A member of staff. */
  STAFF,
  /** A liaison, such as IOM's independent civil society liaison. */
  LIAISON,
  /** A focal point, such as UN-NGLS's focal point for the process. */
  FOCAL_POINT,
  /** A regional focal point of civil society. */
  REGIONAL_FOCAL_POINT,
  /** A technical focal point, such as Asylum Access Ecuador for the Latin American RCSC. */
  TECHNICAL_FOCAL_POINT,
  /** An interlocutor for a regional consultation. */
  INTERLOCUTOR,
  /** A member of a steering committee. */
  STEERING_COMMITTEE_MEMBER,
  /** A substitute for another member or representative. */
  SUBSTITUTE,
  /** A member of an organisation, a network or a body. */
  MEMBER,
  /** A representative of an organisation, authorised to take part on its behalf. */
  REPRESENTATIVE,
  /** Holds the pen on a text. */
  PEN_HOLDER,
  /** Takes the final decision on something, such as the SRSG on concept notes. */
  DECISION_MAKER,
  /** Chair of a meeting or a body. */
  CHAIR,
  /** Co-chair of a meeting or a body. */
  CO_CHAIR,
  /** Moderator of a panel. */
  MODERATOR,
  /** Facilitator of a table or a discussion ("facilitator, not moderator"). */
  FACILITATOR,
  /** One of the two co-leads of a group session. */
  CO_LEAD,
  /** The rapporteur of a group session, who records it on the reporting template and reports back. */
  RAPPORTEUR,
  /** A speaker. */
  SPEAKER,
  /** A panellist. */
  PANELLIST,
  /** A participant; at a table with governments, one of the civil society leaders. */
  PARTICIPANT,
  /** A representative of a government, on behalf of a State. */
  GOVERNMENT_REPRESENTATIVE,
  /** An observer. */
  OBSERVER,
  /** Organises the event. */
  ORGANISER,
  /** Co-convenes the event or body. */
  CO_CONVENER,
  /**
   * Supports the event without organising it ("organized with support of IOM, but will not be organized by IOM").
   */
  SUPPORTER,
  /** Funds the event. */
  FUNDER,
  /** Hosts the event. */
  HOST,
  /** An anchor organisation of a regional civil society consultation. */
  ANCHOR,
  /** A partner of the event. */
  PARTNER;

  /**
   * Whether a person in this role is a senior person of the organisation, who may authorise representatives.
   *
   * @return {@code true} for {@link #HEAD_OF_ORGANISATION} and {@link #DIRECTOR}
   */
  public boolean isSenior() {
    return this == HEAD_OF_ORGANISATION || this == DIRECTOR;
  }
}
