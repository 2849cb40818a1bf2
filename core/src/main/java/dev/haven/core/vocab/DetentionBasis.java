package dev.haven.core.vocab;

/** Grounds on which police must not act. */
public enum DetentionBasis implements Vocabulary {
  IMMIGRATION_STATUS,
  CITIZENSHIP,
  NATIONAL_ORIGIN,
  CIVIL_IMMIGRATION_VIOLATION
}
