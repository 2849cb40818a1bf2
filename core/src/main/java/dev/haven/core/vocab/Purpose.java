package dev.haven.core.vocab;

/** What public resources must not be used for. */
public enum Purpose implements Vocabulary {
  /** Enforcing federal immigration law. */
  IMMIGRATION_ENFORCEMENT,
  /** A registry of people by religion, national origin or the like. */
  REGISTRY
}
