package dev.haven.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A placeholder a template declares: {@code ${name}} in its text is replaced when the template is adapted.
 *
 * @param name the name used in {@code ${name}} placeholders
 * @param description what the value should be, for whoever adapts the template
 * @param defaultValue the value used when none is given
 * @param extensions the parameter's {@code x-} fields, kept as written
 */
public record Param(String name, Optional<String> description, Optional<String> defaultValue, Extensions extensions) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param name the name used in {@code ${name}} placeholders
   * @param description what the value should be, for whoever adapts the template
   * @param defaultValue the value used when none is given
   * @param extensions the parameter's {@code x-} fields, kept as written
   */
  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(extensions, "extensions");
  }
}
