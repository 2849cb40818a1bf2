package dev.haven.core.vocab;

/** What kind of instrument a clause set is. */
public enum LegislationType implements Vocabulary {
  /** A legislative body's resolution. */
  RESOLUTION,
  /** An ordinance, or a section of a municipal or county code. */
  ORDINANCE,
  /** A state or federal statute. */
  STATUTE,
  /** An executive's order. */
  EXECUTIVE_ORDER,
  /** An agency's policy, procedure or general order. */
  POLICY
}
