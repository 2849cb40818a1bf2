package dev.haven.core.model;

import java.util.Objects;
import java.util.Optional;

/** A placeholder a template declares: {@code ${name}} in its text is replaced when the template is adapted. */
public record Param(String name, Optional<String> description, Optional<String> defaultValue, Extensions extensions) {
  public Param {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(extensions, "extensions");
  }
}
