package dev.haven.importer;

import dev.haven.core.model.ClauseSet;
import java.util.List;

/**
 * A drafted clause set and how it was drafted.
 *
 * @param set the draft: {@code status: draft}, valid, every clause's text a verbatim span of the input
 * @param clauses one entry per clause of {@code set}, in the same order
 * @param skipped paragraphs of the input that gave no clause (no rule in them, or editorial notes)
 * @param warnings what is unsure about the set as a whole (e.g. no jurisdiction found)
 */
public record ImportResult(ClauseSet set, List<ImportedClause> clauses, int skipped, List<String> warnings) {

  /**
   * Copies the lists, so the result cannot change.
   *
   * @param set the draft
   * @param clauses how each clause was drafted, in the set's order
   * @param skipped paragraphs that gave no clause
   * @param warnings what is unsure about the set as a whole
   */
  public ImportResult {
    clauses = List.copyOf(clauses);
    warnings = List.copyOf(warnings);
  }

  /**
   * How many clauses a person should check.
   *
   * @return the number of clauses with something to review
   */
  public long needingReview() {
    return clauses.stream().filter(ImportedClause::needsReview).count();
  }
}
