package dev.haven.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One of a clause kind's own fields with its value, for code that treats every kind alike (writing, diffing).
 * The value is a {@link Term}, an {@link ActorKey} or a {@code String} for a single-valued field, a
 * {@code List} of those or of {@link DefinedTerm} for a list field, or {@code null} when not specified.
 *
 * @param spec which field, and what it may hold
 * @param value the value, or {@code null} when not specified
 */
public record OwnField(FieldSpec spec, Object value) {
  /**
   * Checks that the field's description is given.
   *
   * @param spec which field, and what it may hold
   * @param value the value, or {@code null} when not specified
   */
  public OwnField {
    Objects.requireNonNull(spec, "spec");
  }

  /** {@return the field's name in files} */
  public String name() {
    return spec.name();
  }

  /** {@return true when the file would leave this field out: not specified, or equal to the format's default} */
  public boolean isUnspecifiedOrDefault() {
    List<String> values = wireValues();
    return values.isEmpty() || values.equals(spec.defaults());
  }

  /** {@return the values as a file means them: those given, or the format's default when the field is left out} */
  public List<String> effectiveValues() {
    List<String> values = wireValues();
    return values.isEmpty() ? spec.defaults() : values;
  }

  /**
   * The values as a file writes them, one string each ({@code "term: text"} for a defined term); empty when the
   * field is not specified.
   *
   * @return the values as written, or an empty list
   */
  public List<String> wireValues() {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(OwnField::wireValue).toList();
    }
    return List.of(wireValue(value));
  }

  /** {@return true when the field is not specified: no value, or an empty list} */
  public boolean isUnspecified() {
    return value == null || value instanceof List<?> list && list.isEmpty();
  }

  /**
   * Tells whether one of the values, as a file writes it, is among {@code wireNames}; the default does not count.
   * Asks without making the list {@link #wireValues()} makes, for code that asks it of many clauses.
   *
   * @param wireNames values as files write them
   * @return true when a value given is one of them
   */
  public boolean namesAny(Set<String> wireNames) {
    if (value instanceof List<?> list) {
      for (Object v : list) {
        if (wireNames.contains(wireValue(v))) {
          return true;
        }
      }
      return false;
    }
    return value != null && wireNames.contains(wireValue(value));
  }

  private static String wireValue(Object v) {
    if (v instanceof Term<?> term) {
      return term.wireName();
    }
    if (v instanceof ActorKey key) {
      return key.value();
    }
    if (v instanceof DefinedTerm term) {
      return term.term() + ": " + term.text();
    }
    return (String) v;
  }

}
