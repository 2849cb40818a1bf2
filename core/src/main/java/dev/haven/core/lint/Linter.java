package dev.haven.core.lint;

import dev.haven.core.io.LoadResult;
import dev.haven.core.io.SourceMap;
import dev.haven.core.model.ClauseSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Legal and drafting warnings for clause sets: conflicts with federal law, text that contradicts its modality,
 * undefined grounds, overlapping clauses, template leftovers, a missing severability clause.
 *
 * <p>Lint is advice, not validation: a set that lints with warnings is still a valid set.
 */
public final class Linter {

  private static final List<LintRule> RULES = List.of(
      new FederalStatusSharingRule(),
      new ModalityWordingRule(),
      new UndefinedGroundRule(),
      new ContradictingClausesRule(),
      new OverlappingClausesRule(),
      new LeftoverPlaceholderRule(),
      new UnusedParameterRule(),
      new SeverabilityRule());

  /** {@return every rule, in id order} */
  public static List<LintRule> rules() {
    return RULES;
  }

  /**
   * The findings for a loaded file, placed at their lines; {@code result} must be valid.
   *
   * @param result a valid loaded file
   * @return the findings, placed at their lines, in file order
   */
  public List<Finding> lint(LoadResult result) {
    return lint(result.clauseSet(), SourceMap.of(result));
  }

  /**
   * The findings for a set that has no file (every finding is placed at line 1).
   *
   * @param set a set
   * @return the findings, every one placed at line 1
   */
  public List<Finding> lint(ClauseSet set) {
    return lint(set, SourceMap.none());
  }

  private static List<Finding> lint(ClauseSet set, SourceMap places) {
    List<Finding> findings = new ArrayList<>();
    for (LintRule rule : RULES) {
      Reporter reporter = new Reporter(rule, set, places);
      rule.check(set, reporter);
      findings.addAll(reporter.findings());
    }
    findings.sort(null);
    return List.copyOf(findings);
  }
}
