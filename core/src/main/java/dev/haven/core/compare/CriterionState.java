package dev.haven.core.compare;

import dev.haven.core.vocab.Vocabulary;

/** What a jurisdiction's law says on one criterion of a rubric, before any points. */
public enum CriterionState implements Vocabulary {
  /** A clause of enacted law (or of an agency's policy) meets the criterion; its points say how well. */
  PRESENT,
  /** No clause meets the criterion: the law is silent. */
  ABSENT,
  /** The criterion cannot be decided from the typed fields, or its definition is not in the project's sources. */
  NOT_CODED,
  /** Only a statement of practice (set type {@code statement}) meets the criterion: reported, never scored. */
  PRACTICE
}
