package dev.haven.core.vocab;

/** How strongly a clause binds: the verb of the rule (shall not, shall, may, urges). */
public enum Modality implements Vocabulary {
  PROHIBITION,
  OBLIGATION,
  PERMISSION,
  RECOMMENDATION
}
