package dev.haven.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * Everything that differs between two clause sets: set-level fields (title, status, recitals, ...) and the
 * clauses added, removed and modified, each with its impact. Unchanged clauses are not listed.
 *
 * @param oldId the id of the old set
 * @param newId the id of the new set
 * @param setFields set-level fields that changed (title, status, jurisdiction, recitals…)
 * @param changes modified and added clauses in the new set's order, then removed ones in the old set's order
 */
public record SetDiff(String oldId, String newId, List<FieldChange> setFields, List<ClauseChange> changes) {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param oldId the id of the old set
   * @param newId the id of the new set
   * @param setFields set-level fields that changed (title, status, jurisdiction, recitals…)
   * @param changes modified and added clauses in the new set's order, then removed ones in the old set's order
   */
  public SetDiff {
    Objects.requireNonNull(oldId, "oldId");
    Objects.requireNonNull(newId, "newId");
    setFields = List.copyOf(setFields);
    changes = List.copyOf(changes);
  }

  /** {@return true when the two sets say the same thing in the same words} */
  public boolean isEmpty() {
    return setFields.isEmpty() && changes.isEmpty();
  }

  /** {@return the counts of changes by type and by impact} */
  public Summary summary() {
    return Summary.of(changes);
  }
}
