package dev.haven.core.io;

import java.util.Objects;

/**
 * One thing wrong with a clause-set file, where it is, and what was expected instead.
 *
 * @param position where in the file
 * @param message one line, naming what was found and what was expected
 */
public record Problem(Position position, String message) implements Comparable<Problem> {
  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param position where in the file
   * @param message one line, naming what was found and what was expected
   */
  public Problem {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Problem other) {
    int byPosition = position.compareTo(other.position);
    return byPosition != 0 ? byPosition : message.compareTo(other.message);
  }
}
