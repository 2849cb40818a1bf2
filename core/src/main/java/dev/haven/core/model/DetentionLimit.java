package dev.haven.core.model;

import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import java.util.List;
import java.util.Objects;

/** No stop, detention, arrest or investigation on the stated basis. */
public record DetentionLimit(
    ClauseCore core,
    List<Term<DetentionAct>> acts,
    List<Term<DetentionBasis>> basis) implements Clause {

  public DetentionLimit {
    Objects.requireNonNull(core, "core");
    acts = List.copyOf(acts);
    basis = List.copyOf(basis);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.DETENTION_LIMIT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), acts, basis);
  }

  @Override
  public DetentionLimit withCore(ClauseCore newCore) {
    return new DetentionLimit(newCore, acts, basis);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
