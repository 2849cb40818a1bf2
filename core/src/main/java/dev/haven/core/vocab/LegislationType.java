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
  POLICY,
  /**
   * A public statement of practice (an official's letter, blog post, press release or answer to a reporter): what
   * an office says it does, not a rule it enacted. Comparisons report it apart from law and give it no points.
   */
  STATEMENT
}
