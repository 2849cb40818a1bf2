package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause added, removed or modified, with its impact on the protection.
 *
 * @param id the clause's id in the new set (in the old one for a removed clause)
 * @param oldId the id in the old set, when the clause was matched under a different id
 * @param fields for a modified clause, each field that changed; empty for added and removed clauses
 * @param reasons why an added or removed clause has its impact; the fields carry their own
 */
public record ClauseChange(
    ChangeType change,
    String id,
    Optional<String> oldId,
    ClauseKind kind,
    Impact impact,
    List<FieldChange> fields,
    List<String> reasons,
    Optional<Clause> before,
    Optional<Clause> after) {

  public ClauseChange {
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(impact, "impact");
    fields = List.copyOf(fields);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }
}
