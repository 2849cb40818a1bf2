package dev.haven.core.model;

import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.util.Objects;
import java.util.Optional;

/**
 * One value of a vocabulary as a clause set states it: either a value Haven knows, or an {@code x-}
 * extension that a file may use where the format allows it and that Haven keeps without interpreting.
 *
 * @param <E> the vocabulary
 */
public sealed interface Term<E extends Enum<E> & Vocabulary> permits Term.Known, Term.Extension {

  /** {@return how the value is written in a file} */
  String wireName();

  /** {@return the known value, or empty for an extension} */
  Optional<E> known();

  /**
   * A value of the vocabulary.
   *
   * @param <E> the vocabulary
   * @param value the value
   * @return the value as a term
   */
  static <E extends Enum<E> & Vocabulary> Term<E> of(E value) {
    return KnownTerms.of(value);
  }

  /**
   * An {@code x-} extension value.
   *
   * @param <E> the vocabulary the value extends
   * @param wireName the value as written, with its {@code x-} prefix
   * @return the extension value as a term
   * @throws IllegalArgumentException when {@code wireName} is not a well-formed {@code x-} value
   */
  static <E extends Enum<E> & Vocabulary> Term<E> extension(String wireName) {
    return new Extension<>(wireName);
  }

  /**
   * A value Haven knows.
   *
   * @param <E> the vocabulary
   * @param value the value
   */
  record Known<E extends Enum<E> & Vocabulary>(E value) implements Term<E> {
    /**
     * Checks that the value is given.
     *
     * @param value the value
     */
    public Known {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String wireName() {
      return value.wireName();
    }

    @Override
    public Optional<E> known() {
      return Optional.of(value);
    }

    @Override
    public String toString() {
      return wireName();
    }
  }

  /**
   * An {@code x-} value: kept, compared by name, never interpreted.
   *
   * @param <E> the vocabulary the value extends
   * @param name the value as written, with its {@code x-} prefix
   */
  record Extension<E extends Enum<E> & Vocabulary>(String name) implements Term<E> {
    /**
     * Checks that the name is a well-formed {@code x-} value.
     *
     * @param name the value as written, with its {@code x-} prefix
     */
    public Extension {
      if (!Vocabularies.isExtension(name)) {
        throw new IllegalArgumentException("not an x- extension value: " + name);
      }
    }

    @Override
    public String wireName() {
      return name;
    }

    @Override
    public Optional<E> known() {
      return Optional.empty();
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
