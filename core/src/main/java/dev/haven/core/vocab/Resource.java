package dev.haven.core.vocab;

/** Public resources a spending restriction keeps from a purpose. */
public enum Resource implements Vocabulary {
  /** Public money. */
  FUNDS,
  /** Staff and their time. */
  PERSONNEL,
  /** Buildings and other property. */
  FACILITIES,
  /** Equipment. */
  EQUIPMENT,
  /** Data and records. */
  DATA
}
