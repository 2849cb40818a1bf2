package dev.haven.core.template;

import dev.haven.core.io.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * A value given for a template parameter, and where the user gave it, so that a mistake can be pointed at.
 *
 * @param name the parameter's name
 * @param value the text that replaces its placeholders
 * @param origin a file ({@code params.yaml}) or the option it came from ({@code --set})
 * @param position the place in {@code origin} when it is a file
 */
public record ParameterValue(String name, String value, String origin, Optional<Position> position) {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param name the parameter's name
   * @param value the text that replaces its placeholders
   * @param origin a file ({@code params.yaml}) or the option it came from ({@code --set})
   * @param position the place in {@code origin} when it is a file
   */
  public ParameterValue {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(position, "position");
  }

  /**
   * A value given on the command line as {@code NAME=VALUE}.
   *
   * @param option the option it came from, e.g. {@code --set}
   * @param name the parameter's name
   * @param value its value
   * @return the value, with no file position
   */
  public static ParameterValue fromOption(String option, String name, String value) {
    return new ParameterValue(name, value, option + " " + name + "=" + value, Optional.empty());
  }
}
