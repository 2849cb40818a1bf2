package dev.haven.core.model;

import dev.haven.core.vocab.Frequency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Someone must report on how the policy is used.
 *
 * @param core the fields every clause has
 * @param to whom the report goes to, when the clause says
 * @param frequency how often, when the clause says
 * @param contents what the report must cover, in the words of the source
 */
public record ReportingRequirement(
    ClauseCore core,
    Optional<ActorKey> to,
    Optional<Term<Frequency>> frequency,
    List<String> contents) implements Clause {

  /** {@link #to()}, as a typed reference to the field {@code to}. */
  public static final KindField.Plain<ReportingRequirement, Optional<ActorKey>> TO =
      KindField.actor(ReportingRequirement.class, "to", FieldImpact.NONE, ReportingRequirement::to);
  /** {@link #frequency()}, as a typed reference to the field {@code frequency}. */
  public static final KindField.OptionalVocabularyValue<ReportingRequirement, Frequency> FREQUENCY =
      KindField.optionalTerm(ReportingRequirement.class, "frequency", Frequency.class, FieldImpact.NONE,
          ReportingRequirement::frequency);
  /** {@link #contents()}, as a typed reference to the field {@code contents}. */
  public static final KindField.Plain<ReportingRequirement, List<String>> CONTENTS =
      KindField.texts(ReportingRequirement.class, "contents", FieldImpact.SCOPE, ReportingRequirement::contents);

  /** The kind's own fields, in the order a canonical file writes them. */
  static final List<KindField<ReportingRequirement, ?>> FIELDS = List.of(TO, FREQUENCY, CONTENTS);

  /**
   * Checks that no field is null, copies the lists, and gives a field left empty its default.
   *
   * @param core the fields every clause has
   * @param to {@link #to()}
   * @param frequency {@link #frequency()}
   * @param contents {@link #contents()}
   */
  public ReportingRequirement {
    Objects.requireNonNull(core, "core");
    to = TO.given(to);
    frequency = FREQUENCY.given(frequency);
    contents = CONTENTS.given(contents);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.REPORTING_REQUIREMENT;
  }

  @Override
  public ReportingRequirement withCore(ClauseCore newCore) {
    return new ReportingRequirement(newCore, to, frequency, contents);
  }
}
