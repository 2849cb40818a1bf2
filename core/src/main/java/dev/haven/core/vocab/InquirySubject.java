package dev.haven.core.vocab;

/** Which facts about a person officials must not ask about or disclose. */
public enum InquirySubject implements Vocabulary {
  IMMIGRATION_STATUS,
  CITIZENSHIP,
  NATIONAL_ORIGIN,
  RELIGION
}
