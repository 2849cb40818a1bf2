package dev.haven.core.vocab;

/** What officials must not do with a person's status. */
public enum InquiryAct implements Vocabulary {
  /** Asking a person about it, or investigating it. */
  INQUIRE,
  /** Disclosing or sharing it. */
  DISCLOSE,
  /** Asking for documents that show it. */
  REQUEST_DOCUMENTS,
  /** Recording or keeping it. */
  RECORD
}
