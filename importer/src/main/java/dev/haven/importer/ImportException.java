package dev.haven.importer;

import dev.haven.core.io.Position;
import java.util.Optional;

/**
 * The input cannot be imported: it is not text, not UTF-8, empty, or holds no operative provision. A user's
 * mistake, not a bug: the message says what is wrong and, where it helps, where.
 */
public final class ImportException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final transient Optional<Position> position;

  public ImportException(String origin, Optional<Position> position, String message) {
    super(message);
    this.origin = origin;
    this.position = position;
  }

  /** The file (or name) the input came from. */
  public String origin() {
    return origin;
  }

  /** Where in the input the problem is, when it is at one place. */
  public Optional<Position> position() {
    return position;
  }
}
