package dev.haven.core.vocab;

/** Whom a communication limit is about: federal immigration authorities or anyone at all. */
public enum Counterparty implements Vocabulary {
  FEDERAL_IMMIGRATION_AUTHORITIES,
  ANYONE
}
