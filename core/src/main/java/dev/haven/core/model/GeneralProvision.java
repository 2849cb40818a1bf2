package dev.haven.core.model;

import dev.haven.core.vocab.ProvisionType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Findings, definitions, severability, effective date and other framing provisions.
 *
 * @param core the fields every clause has
 * @param provision what the provision is: findings, definitions, severability…, when the file says
 * @param terms the terms a definitions provision defines
 */
public record GeneralProvision(
    ClauseCore core,
    Optional<Term<ProvisionType>> provision,
    List<DefinedTerm> terms) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param provision what the provision is: findings, definitions, severability…, when the file says
   * @param terms the terms a definitions provision defines
   */
  public GeneralProvision {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(provision, "provision");
    terms = List.copyOf(terms);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.GENERAL_PROVISION;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), provision.orElse(null), terms);
  }

  @Override
  public GeneralProvision withCore(ClauseCore newCore) {
    return new GeneralProvision(newCore, provision, terms);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
