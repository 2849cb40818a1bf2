package dev.haven.core.vocab;

/** Where a clause set stands in its life: proposed, in force, gone, or a template to adapt. */
public enum Status implements Vocabulary {
  DRAFT,
  INTRODUCED,
  ADOPTED,
  REPEALED,
  TEMPLATE
}
