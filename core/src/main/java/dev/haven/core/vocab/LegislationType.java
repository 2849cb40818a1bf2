package dev.haven.core.vocab;

/** What kind of instrument a clause set is. */
public enum LegislationType implements Vocabulary {
  RESOLUTION,
  ORDINANCE,
  STATUTE,
  EXECUTIVE_ORDER,
  POLICY
}
