package dev.haven.core.vocab;

/** Documents officials must not ask a person to show. */
public enum DocumentType implements Vocabulary {
  PASSPORT,
  ALIEN_REGISTRATION_CARD,
  IMMIGRATION_DOCUMENTS
}
