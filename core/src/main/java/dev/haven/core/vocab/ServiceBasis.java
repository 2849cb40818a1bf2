package dev.haven.core.vocab;

/** Grounds on which services must not be denied. */
public enum ServiceBasis implements Vocabulary {
  IMMIGRATION_STATUS,
  CITIZENSHIP,
  NATIONAL_ORIGIN
}
