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

  /** {@link #facilities()}, as a typed reference to the field {@code facilities}. */
  public static final KindField.VocabularyList<FacilityAccessLimit, Facility> FACILITIES =
      KindField.terms(FacilityAccessLimit.class, "facilities", Facility.class, FieldImpact.SCOPE,
          FacilityAccessLimit::facilities);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<FacilityAccessLimit, ?>> FIELDS = List.of(FACILITIES);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param facilities {@link #facilities()}
   */
  public FacilityAccessLimit {
    Objects.requireNonNull(core, "core");
    facilities = FACILITIES.given(facilities);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.FACILITY_ACCESS_LIMIT;
  }

  @Override
  public FacilityAccessLimit withCore(ClauseCore newCore) {
    return new FacilityAccessLimit(newCore, facilities);
  }
}
