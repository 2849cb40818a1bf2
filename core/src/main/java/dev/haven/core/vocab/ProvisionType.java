package dev.haven.core.vocab;

/** The role of a general provision in the instrument. */
public enum ProvisionType implements Vocabulary {
  /** Findings, purpose and intent. */
  FINDINGS,
  /** Definitions of terms. */
  DEFINITIONS,
  /** What stays in force if a part is struck down. */
  SEVERABILITY,
  /** When the instrument takes effect. */
  EFFECTIVE_DATE,
  /** What the instrument does not change (a savings clause). */
  SAVINGS,
  /** Whether a person may sue under it. */
  PRIVATE_RIGHT_OF_ACTION,
  /** How to complain of a violation. */
  COMPLAINT_PROCEDURE,
  /** Training of officials. */
  TRAINING,
  /** Oversight and auditing. */
  OVERSIGHT,
  /** Any other framing provision. */
  OTHER
}
