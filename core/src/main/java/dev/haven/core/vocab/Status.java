package dev.haven.core.vocab;

/** Where a clause set stands in its life: proposed, in force, gone, a template to adapt, or a made-up example. */
public enum Status implements Vocabulary {
  /** Being written; not yet introduced. */
  DRAFT,
  /** Introduced, not yet adopted. */
  INTRODUCED,
  /** Adopted and in force. */
  ADOPTED,
  /** Repealed or superseded: history. */
  REPEALED,
  /** A template for other jurisdictions to adapt, with {@code ${name}} placeholders. */
  TEMPLATE,
  /** A made-up set that shows the format or a feature: never any jurisdiction's law. */
  EXAMPLE;

  /** {@return true for a set that is or was law (adopted, or since repealed): the sets placed in time} */
  public boolean enacted() {
    return this == ADOPTED || this == REPEALED;
  }
}
