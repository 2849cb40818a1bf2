package dev.haven.core.model;

import dev.haven.core.vocab.DetainerRequest;
import java.util.List;
import java.util.Objects;

/**
 * Federal detainers, holds or administrative warrants are not honored.
 *
 * @param core the fields every clause has
 * @param requests the federal requests not honored: detainers, holds, administrative warrants…
 */
public record DetainerLimit(
    ClauseCore core,
    List<Term<DetainerRequest>> requests) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param requests the federal requests not honored: detainers, holds, administrative warrants…
   */
  public DetainerLimit {
    Objects.requireNonNull(core, "core");
    requests = List.copyOf(requests);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.DETAINER_LIMIT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), requests);
  }

  @Override
  public DetainerLimit withCore(ClauseCore newCore) {
    return new DetainerLimit(newCore, requests);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
