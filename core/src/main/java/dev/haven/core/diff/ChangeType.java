package dev.haven.core.diff;

import dev.haven.core.vocab.Vocabulary;

/** Whether a clause is new, gone, or changed between two sets. */
public enum ChangeType implements Vocabulary {
  /** Only the new set has the clause. */
  ADDED,
  /** Only the old set has the clause. */
  REMOVED,
  /** Both sets have the clause (matched by id, or by kind and actors) and some field differs. */
  MODIFIED
}
