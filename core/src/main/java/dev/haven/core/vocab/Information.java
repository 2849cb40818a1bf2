package dev.haven.core.vocab;

/** Kinds of information about a person that a clause keeps from being shared. */
public enum Information implements Vocabulary {
  IMMIGRATION_STATUS,
  CITIZENSHIP,
  NATIONAL_ORIGIN,
  RELEASE_DATE,
  CUSTODY_STATUS,
  ADDRESS,
  PERSONAL_INFORMATION
}
