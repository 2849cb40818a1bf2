package dev.haven.core.template;

import dev.haven.core.io.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a template could not be adapted.
 *
 * @param origin the file at fault (the template or a parameter file), or the option ({@code --set city=x})
 * @param position where in {@code origin}, when it is a file
 * @param message one line: what is wrong and what was expected
 */
public record AdaptProblem(String origin, Optional<Position> position, String message) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param origin the file at fault (the template or a parameter file), or the option ({@code --set city=x})
   * @param position where in {@code origin}, when it is a file
   * @param message one line: what is wrong and what was expected
   */
  public AdaptProblem {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }
}
