package dev.haven.core.lint;

import dev.haven.core.io.SourceMap;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects one rule's findings, placing each in the file by its JSON Pointer. */
public final class Reporter {

  private final LintRule rule;
  private final ClauseSet set;
  private final SourceMap places;
  private final List<Finding> findings = new ArrayList<>();
  private Map<Clause, Integer> indexes;

  Reporter(LintRule rule, ClauseSet set, SourceMap places) {
    this.rule = rule;
    this.set = set;
    this.places = places;
  }

  /**
   * A finding about the set as a whole, at {@code pointer}.
   *
   * @param pointer where in the file, as a JSON Pointer ({@code /jurisdiction})
   * @param message one line: what is wrong and what to do
   */
  public void report(String pointer, String message) {
    add(rule.severity(), pointer, Optional.empty(), message);
  }

  /**
   * A finding about a clause; {@code field} is one of its fields, or empty for the clause itself.
   *
   * @param clause the clause concerned
   * @param field the field's name ({@code exceptions}), or empty
   * @param message one line: what is wrong and what to do
   */
  public void report(Clause clause, String field, String message) {
    report(rule.severity(), clause, field, message);
  }

  /**
   * A finding about a clause at a severity other than the rule's own.
   *
   * @param severity the severity of this finding
   * @param clause the clause concerned
   * @param field the field's name ({@code exceptions}), or empty
   * @param message one line: what is wrong and what to do
   */
  public void report(Severity severity, Clause clause, String field, String message) {
    add(severity, pointer(clause) + (field.isEmpty() ? "" : "/" + SourceMap.segment(field)),
        Optional.of(clause.id()), message);
  }

  /** The JSON Pointer of a clause in its set's file. */
  String pointer(Clause clause) {
    if (indexes == null) {
      // by identity and built once: indexOf per finding made a set with many findings quadratic
      indexes = new IdentityHashMap<>();
      for (int i = 0; i < set.clauses().size(); i++) {
        indexes.putIfAbsent(set.clauses().get(i), i);
      }
    }
    Integer index = indexes.get(clause);
    return "/clauses/" + (index != null ? index : set.clauses().indexOf(clause));
  }

  private void add(Severity severity, String pointer, Optional<String> clause, String message) {
    findings.add(new Finding(rule.id(), severity, pointer, places.nearest(pointer), clause, message));
  }

  List<Finding> findings() {
    return findings;
  }
}
