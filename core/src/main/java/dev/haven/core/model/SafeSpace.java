package dev.haven.core.model;

import java.util.List;
import java.util.Objects;

/** Names places as safe spaces. */
public record SafeSpace(
    ClauseCore core,
    List<String> places) implements Clause {

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
