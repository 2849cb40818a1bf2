package dev.haven.core.model;

import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import java.util.List;
import java.util.Objects;

/**
 * No stop, detention, arrest or investigation on the stated basis.
 *
 * @param core the fields every clause has
 * @param acts what officials do not do: stop, detain, arrest…
 * @param basis on what basis they do not do it
 */
public record DetentionLimit(
    ClauseCore core,
    List<Term<DetentionAct>> acts,
    List<Term<DetentionBasis>> basis) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param acts what officials do not do: stop, detain, arrest…
   * @param basis on what basis they do not do it
   */
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
