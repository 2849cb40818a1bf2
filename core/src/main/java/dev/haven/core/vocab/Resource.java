package dev.haven.core.vocab;

/** Public resources a spending restriction keeps from a purpose. */
public enum Resource implements Vocabulary {
  FUNDS,
  PERSONNEL,
  FACILITIES,
  EQUIPMENT,
  DATA
}
