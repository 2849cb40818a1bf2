package dev.haven.core.vocab;

/** What public resources must not be used for. */
public enum Purpose implements Vocabulary {
  IMMIGRATION_ENFORCEMENT,
  REGISTRY
}
