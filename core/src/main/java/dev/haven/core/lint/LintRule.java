package dev.haven.core.lint;

import dev.haven.core.model.ClauseSet;

/** One check of a clause set; {@code docs/lint.md} explains each at length under its id. */
public interface LintRule {

  /**
   * {@return the rule's id ({@code HV001}, {@code HV002}…), stable so that people can look a rule up and turn it off}
   */
  String id();

  /** {@return the severity of this rule's findings (a rule may report a lesser case at {@link Severity#INFO})} */
  Severity severity();

  /** {@return what the rule looks for, in a few words} */
  String summary();

  /**
   * Reports what the rule finds in {@code set}.
   *
   * @param set the set to check
   * @param reporter where to report findings
   */
  void check(ClauseSet set, Reporter reporter);
}
