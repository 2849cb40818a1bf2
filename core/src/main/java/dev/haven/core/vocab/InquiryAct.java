package dev.haven.core.vocab;

/** What officials must not do with a person's status. */
public enum InquiryAct implements Vocabulary {
  INQUIRE,
  DISCLOSE,
  REQUEST_DOCUMENTS,
  RECORD
}
