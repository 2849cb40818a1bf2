package dev.haven.core.model;

import dev.haven.core.vocab.ExceptionGround;
import java.util.Objects;
import java.util.Optional;

/**
 * One exception written into a clause ({@code exceptions:} in a file): the protection gives way on this ground.
 * Called an exemption here so that it is never mistaken for a Java exception.
 *
 * @param ground the exception ground, from the exception vocabulary or an {@code x-} extension
 * @param text the words of the exception, verbatim where the source has them
 * @param extensions the exception's {@code x-} fields, kept as written
 */
public record Exemption(Term<ExceptionGround> ground, Optional<String> text, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param ground the exception ground, from the exception vocabulary or an {@code x-} extension
   * @param text the words of the exception, verbatim where the source has them
   * @param extensions the exception's {@code x-} fields, kept as written
   */
  public Exemption {
    Objects.requireNonNull(ground, "ground");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(extensions, "extensions");
  }

  /**
   * An exception on a known ground.
   *
   * @param ground the ground
   * @param text its words, or null when the clause gives none
   * @return the exception, with no extension fields
   */
  public static Exemption of(ExceptionGround ground, String text) {
    return new Exemption(Term.of(ground), Optional.ofNullable(text), Extensions.NONE);
  }
}
