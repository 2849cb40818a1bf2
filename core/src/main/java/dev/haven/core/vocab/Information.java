package dev.haven.core.vocab;

/** Kinds of information about a person that a clause keeps from being shared. */
public enum Information implements Vocabulary {
  /** A person's immigration status. */
  IMMIGRATION_STATUS,
  /** A person's citizenship. */
  CITIZENSHIP,
  /** A person's national origin. */
  NATIONAL_ORIGIN,
  /** When a person in custody will be released. */
  RELEASE_DATE,
  /** Whether, and where, a person is in custody. */
  CUSTODY_STATUS,
  /** A person's address or other contact information. */
  ADDRESS,
  /** Any other personal information, such as a social security number. */
  PERSONAL_INFORMATION
}
