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

  /** {@link #acts()}, as a typed reference to the field {@code acts}. */
  public static final KindField.VocabularyList<DetentionLimit, DetentionAct> ACTS =
      KindField.terms(DetentionLimit.class, "acts", DetentionAct.class, FieldImpact.SCOPE, DetentionLimit::acts);
  /** {@link #basis()}, as a typed reference to the field {@code basis}. */
  public static final KindField.VocabularyList<DetentionLimit, DetentionBasis> BASIS =
      KindField.terms(DetentionLimit.class, "basis", DetentionBasis.class, FieldImpact.SCOPE, DetentionLimit::basis);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<DetentionLimit, ?>> FIELDS = List.of(ACTS, BASIS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param acts {@link #acts()}
   * @param basis {@link #basis()}
   */
  public DetentionLimit {
    Objects.requireNonNull(core, "core");
    acts = ACTS.given(acts);
    basis = BASIS.given(basis);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.DETENTION_LIMIT;
  }

  @Override
  public DetentionLimit withCore(ClauseCore newCore) {
    return new DetentionLimit(newCore, acts, basis);
  }
}
