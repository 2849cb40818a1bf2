package dev.haven.core.vocab;

/** How often a report is due. */
public enum Frequency implements Vocabulary {
  PER_EVENT,
  QUARTERLY,
  ANNUAL,
  ON_REQUEST
}
