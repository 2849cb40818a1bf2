package dev.haven.core.lint;

import dev.haven.core.io.Position;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing lint found in a clause set.
 *
 * @param rule the rule's id, {@code HV001}…
 * @param severity how much the finding matters
 * @param pointer where in the file, as a JSON Pointer ({@code /clauses/3/exceptions})
 * @param position the line and column of {@code pointer} (the file's start when the set has no file)
 * @param clause the id of the clause concerned, when there is one
 * @param message one line: what is wrong and what to do
 */
public record Finding(String rule, Severity severity, String pointer, Position position, Optional<String> clause,
    String message) implements Comparable<Finding> {

  /**
   * Checks that no field is null (an absent optional field is empty).
   *
   * @param rule the rule's id, {@code HV001}…
   * @param severity how much the finding matters
   * @param pointer where in the file, as a JSON Pointer ({@code /clauses/3/exceptions})
   * @param position the line and column of {@code pointer} (the file's start when the set has no file)
   * @param clause the id of the clause concerned, when there is one
   * @param message one line: what is wrong and what to do
   */
  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public int compareTo(Finding other) {
    int c = position.compareTo(other.position);
    c = c != 0 ? c : rule.compareTo(other.rule);
    return c != 0 ? c : message.compareTo(other.message);
  }
}
