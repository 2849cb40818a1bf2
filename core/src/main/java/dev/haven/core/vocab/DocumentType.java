package dev.haven.core.vocab;

/** Documents officials must not ask a person to show. */
public enum DocumentType implements Vocabulary {
  /** A passport. */
  PASSPORT,
  /** An alien registration (permanent resident, green) card. */
  ALIEN_REGISTRATION_CARD,
  /** Any other document that shows immigration status. */
  IMMIGRATION_DOCUMENTS
}
