package dev.haven.importer;

import dev.haven.core.io.Position;
import java.util.Optional;

/**
 * The input cannot be imported: it is not text, not UTF-8, empty, or holds no operative provision. A user's
 * mistake, not a bug: the message says what is wrong and, where it helps, where.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The file (or name) the input came from. */
  private final String origin;
  /** Where in the input the problem is, when it is at one place. */
  private final transient Optional<Position> position;

  /**
   * A refusal of one input.
   *
   * @param origin the file (or name) the input came from
   * @param position where in it the problem is, or empty when it is the whole input
   * @param message what is wrong, for a person
   */
  public ImportException(String origin, Optional<Position> position, String message) {
    super(message);
    this.origin = origin;
    this.position = position;
  }

  /**
   * The file (or name) the input came from.
   *
   * @return the origin given to the importer
   */
  public String origin() {
    return origin;
  }

  /**
   * Where in the input the problem is.
   *
   * @return the line and column, or empty when the problem is the whole input
   */
  public Optional<Position> position() {
    return position;
  }
}
