package dev.haven.core.vocab;

/** Grounds on which services must not be denied. */
public enum ServiceBasis implements Vocabulary {
  /** A person's immigration status. */
  IMMIGRATION_STATUS,
  /** A person's citizenship. */
  CITIZENSHIP,
  /** A person's national origin. */
  NATIONAL_ORIGIN
}
