package dev.haven.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The block that closes a filed instrument: a sentence attesting its adoption and the lines its officers sign.
 *
 * @param text e.g. "Adopted by the Common Council on February 7, 2017.", when the document has one
 * @param signatures the signature lines, in the order they are printed
 * @param extensions the attestation's {@code x-} fields, kept as written
 */
public record Attestation(Optional<String> text, List<Signature> signatures, Extensions extensions) {

  /**
   * Checks that no field is null and copies the list, so the value stays immutable.
   *
   * @param text the attesting sentence
   * @param signatures the signature lines
   * @param extensions the attestation's {@code x-} fields
   */
  public Attestation {
    Objects.requireNonNull(text, "text");
    signatures = List.copyOf(signatures);
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * One signature line: the office that signs and, when known, the person.
   *
   * @param title the office, e.g. {@code City Clerk}
   * @param name the person holding it, when the document names them
   * @param extensions the line's {@code x-} fields, kept as written
   */
  public record Signature(String title, Optional<String> name, Extensions extensions) {

    /**
     * Checks that no field is null.
     *
     * @param title the office
     * @param name the person
     * @param extensions the line's {@code x-} fields
     */
    public Signature {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(extensions, "extensions");
    }
  }
}
