package dev.haven.core.model;

import dev.haven.core.vocab.Frequency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Someone must report on how the policy is used. */
public record ReportingRequirement(
    ClauseCore core,
    Optional<ActorKey> to,
    Optional<Term<Frequency>> frequency,
    List<String> contents) implements Clause {

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
