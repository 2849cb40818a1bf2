package dev.haven.importer;

import dev.haven.core.model.ClauseKind;
import java.util.List;

/**
 * How one clause of an imported set was drafted.
 *
 * @param id the clause's id in the set
 * @param kind the kind the rules gave it
 * @param locator where in the input it is
 * @param line the input line it starts on
 * @param leadIns the words that lead into its text, outermost first ("No agency shall:" before an item)
 * @param rules the ids of the rules that fired, by what they decided ("kind", "modality", "actors", ...)
 * @param review what a person should check; empty when the rules were sure of everything
 */
public record ImportedClause(String id, ClauseKind kind, String locator, int line, List<String> leadIns,
    java.util.Map<String, List<String>> rules, List<String> review) {

  /**
   * Copies the lists and the map, so the record cannot change.
   *
   * @param id the clause's id in the set
   * @param kind the kind the rules gave it
   * @param locator where in the input it is
   * @param line the input line it starts on
   * @param leadIns the words that lead into its text, outermost first
   * @param rules the ids of the rules that fired, by what they decided
   * @param review what a person should check
   */
  public ImportedClause {
    leadIns = List.copyOf(leadIns);
    rules = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rules));
    review = List.copyOf(review);
  }

  /**
   * Whether a person should check the clause.
   *
   * @return true when {@link #review()} says anything
   */
  public boolean needsReview() {
    return !review.isEmpty();
  }
}
