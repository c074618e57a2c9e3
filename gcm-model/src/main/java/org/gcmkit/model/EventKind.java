package org.gcmkit.model;

/**
 * What kind of event an {@link Event} is. The first kinds are the meetings of the GCM process; the last ones are
 * items of the programme inside an event (days, rounds, group sessions, tables, agenda items), which are events
 * too, linked to their event by {@link Event#parentId()}.
 *
 * @since 0.1
 */
public enum EventKind {
  /**
   * One of the six informal thematic sessions of 2017, with its {@linkplain Event#number() number} and official
   * {@linkplain Event#theme() theme}.
   */
  THEMATIC_SESSION,
  /**
   * A regional consultation of a UN Regional Economic Commission, with its {@linkplain Event#commission()
   * commission}.
   */
  REGIONAL_CONSULTATION,
  /**
   * A regional civil society consultation (RCSC), with its {@linkplain Event#region() region} and anchor
   * organisations.
   */
  REGIONAL_CIVIL_SOCIETY_CONSULTATION,
  /**
   * An informal interactive multi-stakeholder hearing convened by the President of the General Assembly.
   */
  MULTI_STAKEHOLDER_HEARING,
  /** A national multi-stakeholder consultation. */
  NATIONAL_CONSULTATION,
  /** A workshop of IOM's International Dialogue on Migration. */
  IDM_WORKSHOP,
  /** The States' stocktaking (preparatory) meeting. */
  STOCKTAKING_MEETING,
  /** A meeting organised by or for civil society. */
  CIVIL_SOCIETY_MEETING,
  /** A round of the intergovernmental negotiations. */
  NEGOTIATION_ROUND,
  /** The intergovernmental conference that adopted the compact. */
  INTERGOVERNMENTAL_CONFERENCE,
  /** A webinar. */
  WEBINAR,
  /** A meeting of the Global Forum on Migration and Development: a summit or its civil society days. */
  GFMD_MEETING,
  /** A regional review of the compact's implementation. */
  REGIONAL_REVIEW,
  /** The International Migration Review Forum. */
  REVIEW_FORUM,
  /** A summit, such as the UN Summit for Refugees and Migrants of 19 September 2016. */
  SUMMIT,
  /** A briefing, such as IOM's briefing to Member States of 14 October 2016. */
  BRIEFING,
  /** Another meeting of the process. */
  MEETING,
  /** Another conference. */
  CONFERENCE,
  /** Another consultation. */
  CONSULTATION,
  /** A moment rather than a meeting: an agreement reached, an office starting work. */
  MILESTONE,
  /** Programme: one day of a multi-day event. */
  MEETING_DAY,
  /** Programme: a round of parallel group sessions. */
  SESSION_ROUND,
  /**
   * Programme: a group session on one of the Ten Acts, with two co-leads, a rapporteur and participants.
   */
  GROUP_SESSION,
  /**
   * Programme: a small table with governments, with a facilitator, government representatives and civil society
   * leaders.
   */
  GOVERNMENT_TABLE,
  /** Programme: a spontaneous table with governments over lunch, with no agenda or record. */
  LUNCH_TABLE,
  /** Programme: a plenary session. */
  PLENARY,
  /** Programme: an item of an agenda, with its times and speakers. */
  AGENDA_ITEM,
  /** An event of no more specific kind, for example one imported from another calendar. */
  OTHER;

  /**
   * Whether events of this kind are items of the programme of another event.
   *
   * @return {@code true} for days, rounds, group sessions, tables, plenaries and agenda items
   */
  public boolean isProgrammeItem() {
    return compareTo(MEETING_DAY) >= 0 && this != OTHER;
  }
}
