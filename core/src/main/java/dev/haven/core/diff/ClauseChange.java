package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause added, removed or modified, with its impact on the protection.
 *
 * @param change added, removed or modified
 * @param id the clause's id in the new set (in the old one for a removed clause)
 * @param oldId the id in the old set, when the clause was matched under a different id
 * @param kind the clause's kind (the new one, when a modification changed it)
 * @param impact what the change does to the protection, all its field changes taken together
 * @param fields for a modified clause, each field that changed; empty for added and removed clauses
 * @param reasons why an added or removed clause has its impact; the fields carry their own
 * @param before the clause in the old set; empty for an added clause
 * @param after the clause in the new set; empty for a removed clause
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

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param change added, removed or modified
   * @param id the clause's id in the new set (in the old one for a removed clause)
   * @param oldId the id in the old set, when the clause was matched under a different id
   * @param kind the clause's kind (the new one, when a modification changed it)
   * @param impact what the change does to the protection, all its field changes taken together
   * @param fields for a modified clause, each field that changed; empty for added and removed clauses
   * @param reasons why an added or removed clause has its impact; the fields carry their own
   * @param before the clause in the old set; empty for an added clause
   * @param after the clause in the new set; empty for a removed clause
   */
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
