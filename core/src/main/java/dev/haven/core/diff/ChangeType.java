package dev.haven.core.diff;

import dev.haven.core.vocab.Vocabulary;

/** Whether a clause is new, gone, or changed between two sets. */
public enum ChangeType implements Vocabulary {
  ADDED,
  REMOVED,
  MODIFIED
}
