package org.gcmkit.model;

/**
 * What kind of {@link Document} a document is.
 *
 * @since 0.1
 */
public enum DocumentKind {
  /** A concept note for a session. */
  CONCEPT_NOTE,
  /** An agenda or programme. */
  AGENDA,
  /** A report. */
  REPORT,
  /** A submission or input to the process. */
  SUBMISSION,
  /** An issue brief or paper. */
  ISSUE_BRIEF,
  /** A statement. */
  STATEMENT,
  /** A draft of the negotiated text. */
  DRAFT,
  /** A resolution of the General Assembly. */
  RESOLUTION,
  /** An international agreement or framework, such as the Sendai Framework. */
  AGREEMENT,
  /** A reporting template filled in by rapporteurs. */
  REPORTING_TEMPLATE,
  /** Notes taken at a meeting. */
  NOTES,
  /** Slides or a presentation. */
  PRESENTATION,
  /** Another kind of document. */
  OTHER
}
