package dev.haven.core.vocab;

/** Whom a communication limit is about: federal immigration authorities or anyone at all. */
public enum Counterparty implements Vocabulary {
  /** Federal immigration authorities such as ICE: the default. */
  FEDERAL_IMMIGRATION_AUTHORITIES,
  /** Anyone outside the jurisdiction's own agencies. */
  ANYONE
}
