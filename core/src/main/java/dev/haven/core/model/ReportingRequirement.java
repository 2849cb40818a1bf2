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

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param core the fields every clause has
   * @param to whom the report goes to, when the clause says
   * @param frequency how often, when the clause says
   * @param contents what the report must cover, in the words of the source
   */
  public ReportingRequirement {
    Objects.requireNonNull(core, "core");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(frequency, "frequency");
    contents = List.copyOf(contents);
  }

  @Override
  public ClauseKind kind() {
    return ClauseKind.REPORTING_REQUIREMENT;
  }

  @Override
  public List<OwnField> ownFields() {
    return OwnField.of(kind(), to.orElse(null), frequency.orElse(null), contents);
  }

  @Override
  public ReportingRequirement withCore(ClauseCore newCore) {
    return new ReportingRequirement(newCore, to, frequency, contents);
  }

  @Override
  public <R> R accept(ClauseVisitor<R> visitor) {
    return visitor.visit(this);
  }
}
