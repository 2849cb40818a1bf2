package dev.haven.core.lint;

/** A rule's fixed description, so that each rule's class holds only its check. */
abstract class DescribedRule implements LintRule {

  private final String id;
  private final Severity severity;
  private final String summary;

  DescribedRule(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String summary() {
    return summary;
  }
}
