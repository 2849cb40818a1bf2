package dev.haven.core.vocab;

/** How often a report is due. */
public enum Frequency implements Vocabulary {
  /** Each time the reported thing happens. */
  PER_EVENT,
  /** Every quarter. */
  QUARTERLY,
  /** Every year. */
  ANNUAL,
  /** When asked. */
  ON_REQUEST
}
