package dev.haven.core.compare;

import dev.haven.core.vocab.Defined;

/** What a jurisdiction's law says on one criterion of a rubric, before any points. */
public enum CriterionState implements Defined {
  /** A clause of enacted law (or of an agency's policy) meets the criterion; its points say how well. */
  PRESENT("A clause of enacted law (or of an agency's policy) meets the criterion; its points say how well"),
  /** No clause meets the criterion: the law is silent. */
  ABSENT("No clause meets the criterion: the law is silent"),
  /** The criterion cannot be decided from the typed fields, or its definition is not in the project's sources. */
  NOT_CODED("The criterion cannot be decided from the typed fields, or its definition is not in the project's sources"),
  /** Only a statement of practice (set type {@code statement}) meets the criterion: reported, never scored. */
  PRACTICE("Only a statement of practice (set type statement) meets the criterion: reported, never scored");

  private final String meaning;

  CriterionState(String meaning) {
    this.meaning = meaning;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
