package dev.haven.core.model;

import dev.haven.core.vocab.Facility;
import java.util.List;
import java.util.Objects;

/**
 * Federal immigration authorities are kept out of the stated places and systems.
 *
 * @param core the fields every clause has
 * @param facilities what immigration authorities are kept out of: jails, interviews, databases…
 */
public record FacilityAccessLimit(
    ClauseCore core,
    List<Term<Facility>> facilities) implements Clause {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param facilities what immigration authorities are kept out of: jails, interviews, databases…
   */
  public FacilityAccessLimit {
    Objects.requireNonNull(core, "core");
    facilities = List.copyOf(facilities);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.FACILITY_ACCESS_LIMIT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), facilities);
  }

  @Override
  public FacilityAccessLimit withCore(ClauseCore newCore) {
    return new FacilityAccessLimit(newCore, facilities);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
