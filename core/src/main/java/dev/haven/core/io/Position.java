package dev.haven.core.io;

/**
 * A place in a file: 1-based line and column.
 *
 * @param line the line, from 1
 * @param column the column, from 1, counted in characters
 */
public record Position(int line, int column) implements Comparable<Position> {

  /** The start of a file, for problems that belong to the whole file. */
  public static final Position START = new Position(1, 1);

  /**
   * Checks that line and column are 1-based.
   *
   * @param line the line, from 1
   * @param column the column, from 1, counted in characters
   */
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  @Override
  public int compareTo(Position other) {
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
