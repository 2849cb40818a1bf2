package dev.haven.core.vocab;

/** The role of a general provision in the instrument. */
public enum ProvisionType implements Vocabulary {
  FINDINGS,
  DEFINITIONS,
  SEVERABILITY,
  EFFECTIVE_DATE,
  SAVINGS,
  PRIVATE_RIGHT_OF_ACTION,
  COMPLAINT_PROCEDURE,
  TRAINING,
  OVERSIGHT,
  OTHER
}
