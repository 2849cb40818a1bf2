package dev.haven.core.model;

import dev.haven.core.vocab.DetainerRequest;
import java.util.List;
import java.util.Objects;

/** Federal detainers, holds or administrative warrants are not honored. */
public record DetainerLimit(
    ClauseCore core,
    List<Term<DetainerRequest>> requests) implements Clause {

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
