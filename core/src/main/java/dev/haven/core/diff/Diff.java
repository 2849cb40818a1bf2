package dev.haven.core.diff;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.model.Party;
import dev.haven.core.model.Source;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two clause sets and says what each change does to the protection.
 *
 * <pre>{@code
 * SetDiff diff = Diff.between(madison, adaptation);
 * diff.changes().forEach(c -> System.out.println(c.id() + " " + c.impact()));
 * }</pre>
 */
public final class Diff {

  private Diff() {}

  /**
   * Compares two versions of a clause set.
   *
   * @param before the old version (or the template)
   * @param after the new version (or the adaptation)
   * @return the set-level field changes and the added, removed and modified clauses, each with its impact
   */
  public static SetDiff between(ClauseSet before, ClauseSet after) {
    List<ClauseChange> changes = new ArrayList<>();
    for (ClauseMatcher.Pair pair : ClauseMatcher.match(before.clauses(), after.clauses())) {
      if (pair.before() == null) {
        changes.add(new ClauseChange(ChangeType.ADDED, pair.after().id(), Optional.empty(), pair.after().kind(),
            ImpactRules.ofAdding(pair.after()), List.of(), List.of(ImpactRules.reasonFor(pair.after(), true)),
            Optional.empty(), Optional.of(pair.after())));
      } else if (pair.after() == null) {
        changes.add(new ClauseChange(ChangeType.REMOVED, pair.before().id(), Optional.empty(), pair.before().kind(),
            ImpactRules.ofAdding(pair.before()).opposite(), List.of(),
            List.of(ImpactRules.reasonFor(pair.before(), false)), Optional.of(pair.before()), Optional.empty()));
      } else {
        modified(pair).ifPresent(changes::add);
      }
    }
    return new SetDiff(before.id(), after.id(), setFields(before, after), changes);
  }

  private static Optional<ClauseChange> modified(ClauseMatcher.Pair pair) {
    if (pair.before().equals(pair.after())) {
      return Optional.empty(); // most clauses of two versions are unchanged: settle them without allocating
    }
    List<FieldChange> fields = new ArrayList<>();
    Optional<String> oldId = Optional.empty();
    if (!pair.before().id().equals(pair.after().id())) {
      oldId = Optional.of(pair.before().id());
      fields.add(FieldChange.neutral("id", List.of(pair.before().id()), List.of(pair.after().id()), "renamed"));
    }
    fields.addAll(ClauseComparer.compare(pair.before(), pair.after()));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Impact impact = Impact.combine(fields.stream().map(FieldChange::impact).toList());
    return Optional.of(new ClauseChange(ChangeType.MODIFIED, pair.after().id(), oldId, pair.after().kind(), impact,
        fields, List.of(), Optional.of(pair.before()), Optional.of(pair.after())));
  }

  /** Set-level fields: never law in themselves, so every change here is neutral. */
  private static List<FieldChange> setFields(ClauseSet a, ClauseSet b) {
    List<FieldChange> out = new ArrayList<>();
    field(out, "id", a.id(), b.id());
    field(out, "title", a.title(), b.title());
    field(out, "jurisdiction", describe(a.jurisdiction()), describe(b.jurisdiction()));
    field(out, "type", a.type().map(Vocabulary::wireName).orElse(""), b.type().map(Vocabulary::wireName).orElse(""));
    field(out, "body", a.body().orElse(""), b.body().orElse(""));
    field(out, "status", a.status().wireName(), b.status().wireName());
    field(out, "date", a.date().map(Object::toString).orElse(""), b.date().map(Object::toString).orElse(""));
    list(out, "parties", a.parties().values().stream().map(Diff::describe).toList(),
        b.parties().values().stream().map(Diff::describe).toList());
    list(out, "sources", a.sources().stream().map(Diff::describe).toList(),
        b.sources().stream().map(Diff::describe).toList());
    list(out, "recitals", a.recitals(), b.recitals());
    field(out, "notes", a.notes().orElse(""), b.notes().orElse(""));
    return out;
  }

  private static void field(List<FieldChange> out, String name, String a, String b) {
    if (!Objects.equals(a, b)) {
      out.add(new FieldChange(name, a.isEmpty() ? List.of() : List.of(a), b.isEmpty() ? List.of() : List.of(b),
          Impact.NEUTRAL, List.of(name + " of the set changed"), name.equals("title") ? WordDiff.of(a, b)
          : List.of()));
    }
  }

  private static void list(List<FieldChange> out, String name, List<String> a, List<String> b) {
    if (!a.equals(b)) {
      out.add(FieldChange.neutral(name, ClauseComparer.minus(a, b), ClauseComparer.minus(b, a),
          name + " of the set changed"));
    }
  }

  private static String describe(Jurisdiction j) {
    return j.name() + " (" + j.level().wireName() + j.state().map(s -> ", " + s).orElse("") + ", " + j.country()
        + ")";
  }

  private static String describe(Party p) {
    return p.key() + ": " + p.name() + p.kind().map(k -> " (" + k.wireName() + ")").orElse("");
  }

  private static String describe(Source s) {
    return s.id() + ": " + s.title();
  }
}
