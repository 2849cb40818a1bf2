package dev.haven.core.model;

import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one of a clause kind's own fields: its name in the file, whether it holds one value or a list,
 * and what the values may be. Used to read, write, diff and document clauses without repeating the format.
 *
 * @param name the field's name in files
 * @param isList whether the field holds a list rather than one value
 * @param valueType what kind of values the field holds
 * @param vocabulary the enum the values come from, for a vocabulary field
 * @param defaults the values a file means when it leaves the field out (empty: not specified)
 */
public record FieldSpec(
    String name,
    boolean isList,
    ValueType valueType,
    Optional<Class<? extends Vocabulary>> vocabulary,
    List<String> defaults) {

  /** What the values of a field are. */
  public enum ValueType {
    /** Values of {@link #vocabulary()}, or {@code x-} extensions. */
    VOCABULARY,
    /** A standard actor or a party key. */
    ACTOR,
    /** Free text. */
    TEXT,
    /** {@code {term, text}} pairs. */
    DEFINED_TERMS
  }

  /**
   * Checks that no field is null, copies the defaults, and checks that a vocabulary is given exactly when the values
   * come from one.
   *
   * @param name the field's name in files
   * @param isList whether the field holds a list rather than one value
   * @param valueType what kind of values the field holds
   * @param vocabulary the enum the values come from, for a vocabulary field
   * @param defaults the values a file means when it leaves the field out (empty: not specified)
   */
  public FieldSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(valueType, "valueType");
    Objects.requireNonNull(vocabulary, "vocabulary");
    defaults = List.copyOf(defaults);
    if ((valueType == ValueType.VOCABULARY) != vocabulary.isPresent()) {
      throw new IllegalArgumentException(name + ": a vocabulary goes with VOCABULARY fields only");
    }
  }

  /** {@return the values a file may use here (empty for free text, actors and terms)} */
  public List<String> allowedValues() {
    return vocabulary.map(Vocabularies::wireNames).orElse(List.of());
  }
}
