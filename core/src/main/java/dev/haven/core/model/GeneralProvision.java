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

  /** {@link #provision()}, as a typed reference to the field {@code provision}. */
  public static final KindField.OptionalVocabularyValue<GeneralProvision, ProvisionType> PROVISION =
      KindField.optionalTerm(GeneralProvision.class, "provision", ProvisionType.class, FieldImpact.NONE,
          GeneralProvision::provision);
  /** {@link #terms()}, as a typed reference to the field {@code terms}. */
  public static final KindField.Plain<GeneralProvision, List<DefinedTerm>> TERMS =
      KindField.definedTerms(GeneralProvision.class, "terms", GeneralProvision::terms);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<GeneralProvision, ?>> FIELDS = List.of(PROVISION, TERMS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param provision {@link #provision()}
   * @param terms {@link #terms()}
   */
  public GeneralProvision {
    Objects.requireNonNull(core, "core");
    provision = PROVISION.given(provision);
    terms = TERMS.given(terms);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.GENERAL_PROVISION;
  }

  @Override
  public GeneralProvision withCore(ClauseCore newCore) {
    return new GeneralProvision(newCore, provision, terms);
  }
}
