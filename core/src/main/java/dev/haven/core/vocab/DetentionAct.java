package dev.haven.core.vocab;

/** Police acts that must not be taken on the forbidden basis. */
public enum DetentionAct implements Vocabulary {
  /** Stopping a person, on foot or in a vehicle. */
  STOP,
  /** Starting contact with a person. */
  CONTACT,
  /** Detaining a person, or keeping them detained. */
  DETAIN,
  /** Arresting a person. */
  ARREST,
  /** Investigating or questioning a person. */
  INVESTIGATE,
  /** Booking a person into jail. */
  BOOK
}
