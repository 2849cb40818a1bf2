package dev.haven.core.model;

import dev.haven.core.vocab.Purpose;
import dev.haven.core.vocab.Resource;
import java.util.List;
import java.util.Objects;

/**
 * Keeps public resources from a purpose such as immigration enforcement.
 *
 * @param core the fields every clause has
 * @param resources what may not be used: funds, personnel, facilities…; empty when not specified
 * @param purpose what they may not be used for
 */
public record SpendingRestriction(
    ClauseCore core,
    List<Term<Resource>> resources,
    List<Term<Purpose>> purpose) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param resources what may not be used: funds, personnel, facilities…; empty when not specified
   * @param purpose what they may not be used for
   */
  public SpendingRestriction {
    Objects.requireNonNull(core, "core");
    resources = List.copyOf(resources);
    purpose = List.copyOf(purpose);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SPENDING_RESTRICTION;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), resources, purpose);
  }

  @Override
  public SpendingRestriction withCore(ClauseCore newCore) {
    return new SpendingRestriction(newCore, resources, purpose);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
