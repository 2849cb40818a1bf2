package dev.haven.core.io;

import dev.haven.core.io.internal.NodeWalk;
import dev.haven.core.io.internal.TreeReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each value of a clause-set file is, by JSON Pointer ({@code /clauses/3/exceptions/0/ground}), so that
 * tools which work on the model (lint, adapt) can still name a line and column.
 *
 * <p>Built on demand from a {@link LoadResult}'s text, because most readers never need it and a corpus of
 * thousands of sets should not carry a position for every value.
 */
public final class SourceMap {

  private final Map<String, Position> positions;

  private SourceMap(Map<String, Position> positions) {
    this.positions = positions;
  }

  /**
   * The positions of a loaded file's values (none when the file could not be parsed).
   *
   * @param result what reading the file gave
   * @return the positions of the file's values (none when the file could not be parsed)
   */
  public static SourceMap of(LoadResult result) {
    Map<String, Position> positions = new HashMap<>();
    new TreeReader(ReadLimits.DEFAULT).read(result.text().getBytes(StandardCharsets.UTF_8),
            result.syntax() == Syntax.JSON)
        .root().ifPresent(root -> NodeWalk.positions(root, positions));
    return new SourceMap(positions);
  }

  /** {@return a map with no places, for a set that was not read from a file: everything is at the start} */
  public static SourceMap none() {
    return new SourceMap(Map.of());
  }

  /**
   * Where the value at {@code pointer} is: a field at its key, a list item at the item.
   *
   * @param pointer a JSON Pointer into the file ({@code /clauses/2/actors/0})
   * @return where the value is: a field at its key, a list item at the item; empty when the file has no such value
   */
  public Optional<Position> at(String pointer) {
    return Optional.ofNullable(positions.get(pointer));
  }

  /**
   * Where the value at {@code pointer} is, or else its nearest enclosing value that has a place (a field left out
   * of a clause points at the clause), or else the start of the file.
   *
   * @param pointer a JSON Pointer into the file
   * @return the best place to point a reader at
   */
  public Position nearest(String pointer) {
    String p = pointer;
    while (true) {
      Position at = positions.get(p);
      if (at != null) {
        return at;
      }
      if (p.isEmpty()) {
        return Position.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /**
   * The pointer segment for a mapping key ({@code ~} and {@code /} escaped).
   *
   * @param key a mapping key
   * @return the key as a JSON Pointer segment ({@code ~} and {@code /} escaped)
   */
  public static String segment(String key) {
    return NodeWalk.escape(key);
  }
}
