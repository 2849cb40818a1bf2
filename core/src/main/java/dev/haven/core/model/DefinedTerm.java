package dev.haven.core.model;

import java.util.Objects;

/** A term and its definition, from a {@code definitions} provision. */
public record DefinedTerm(String term, String text, Extensions extensions) {
  public DefinedTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(extensions, "extensions");
  }
}
