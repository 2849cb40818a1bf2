package dev.haven.core.lint;

import dev.haven.core.vocab.Vocabulary;

/** How much a finding matters. */
public enum Severity implements Vocabulary {
  /** Worth knowing; the set may be fine as it is. */
  INFO,
  /** Probably a legal or drafting problem; {@code haven lint} exits 1. */
  WARNING
}
