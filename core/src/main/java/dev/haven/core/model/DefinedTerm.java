package dev.haven.core.model;

import java.util.Objects;

/**
 * A term and its definition, from a {@code definitions} provision.
 *
 * @param term the word or phrase defined
 * @param text its definition
 * @param extensions the term's {@code x-} fields, kept as written
 */
public record DefinedTerm(String term, String text, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param term the word or phrase defined
   * @param text its definition
   * @param extensions the term's {@code x-} fields, kept as written
   */
  public DefinedTerm {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(extensions, "extensions");
  }
}
