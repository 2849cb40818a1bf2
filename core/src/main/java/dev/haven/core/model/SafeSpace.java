package dev.haven.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Names places as safe spaces.
 *
 * @param core the fields every clause has
 * @param places the places named safe spaces, in the words of the source
 */
public record SafeSpace(
    ClauseCore core,
    List<String> places) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param places the places named safe spaces, in the words of the source
   */
  public SafeSpace {
    Objects.requireNonNull(core, "core");
    places = List.copyOf(places);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SAFE_SPACE;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), places);
  }

  @Override
  public SafeSpace withCore(ClauseCore newCore) {
    return new SafeSpace(newCore, places);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
