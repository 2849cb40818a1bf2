package dev.haven.core.vocab;

/** How strongly a clause binds: the verb of the rule (shall not, shall, may, urges). */
public enum Modality implements Vocabulary {
  /** Shall not: forbids the act. */
  PROHIBITION,
  /** Shall: requires the act. */
  OBLIGATION,
  /** May: allows the act. */
  PERMISSION,
  /** Urges or requests, without binding. */
  RECOMMENDATION
}
