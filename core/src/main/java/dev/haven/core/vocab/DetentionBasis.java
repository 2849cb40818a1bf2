package dev.haven.core.vocab;

/** Grounds on which police must not act. */
public enum DetentionBasis implements Vocabulary {
  /** A person's (suspected) immigration status. */
  IMMIGRATION_STATUS,
  /** A person's citizenship. */
  CITIZENSHIP,
  /** A person's national origin. */
  NATIONAL_ORIGIN,
  /** A (suspected) civil violation of immigration law. */
  CIVIL_IMMIGRATION_VIOLATION
}
