package dev.haven.core.vocab;

/** Which facts about a person officials must not ask about or disclose. */
public enum InquirySubject implements Vocabulary {
  /** A person's immigration status: the default. */
  IMMIGRATION_STATUS,
  /** A person's citizenship. */
  CITIZENSHIP,
  /** A person's national origin. */
  NATIONAL_ORIGIN,
  /** A person's religion. */
  RELIGION
}
