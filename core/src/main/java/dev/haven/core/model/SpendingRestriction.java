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

  /** {@link #resources()}, as a typed reference to the field {@code resources}. */
  public static final KindField.VocabularyList<SpendingRestriction, Resource> RESOURCES =
      KindField.terms(SpendingRestriction.class, "resources", Resource.class, FieldImpact.SCOPE,
          SpendingRestriction::resources);
  /** {@link #purpose()}, as a typed reference to the field {@code purpose}. */
  public static final KindField.VocabularyList<SpendingRestriction, Purpose> PURPOSE =
      KindField.terms(SpendingRestriction.class, "purpose", Purpose.class, FieldImpact.SCOPE,
          SpendingRestriction::purpose);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<SpendingRestriction, ?>> FIELDS = List.of(RESOURCES, PURPOSE);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param resources {@link #resources()}
   * @param purpose {@link #purpose()}
   */
  public SpendingRestriction {
    Objects.requireNonNull(core, "core");
    resources = RESOURCES.given(resources);
    purpose = PURPOSE.given(purpose);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.SPENDING_RESTRICTION;
  }

  @Override
  public SpendingRestriction withCore(ClauseCore newCore) {
    return new SpendingRestriction(newCore, resources, purpose);
  }
}
