package dev.haven.core.diff;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.Condition;
import dev.haven.core.model.FieldImpact;
import dev.haven.core.model.KindField;
import dev.haven.core.model.OwnField;
import dev.haven.core.model.SourceRef;
import dev.haven.core.vocab.Counterparty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Compares two versions of one clause field by field, giving each changed field its impact. */
final class ClauseComparer {

  private ClauseComparer() {}

  static List<FieldChange> compare(Clause before, Clause after) {
    List<FieldChange> changes = new ArrayList<>();
    boolean protective = ImpactRules.isProtective(before) || ImpactRules.isProtective(after);
    boolean framing = before.kind() == ClauseKind.GENERAL_PROVISION;
    kind(before, after).ifPresent(changes::add);
    modality(before, after, framing).ifPresent(changes::add);
    scope("actors", names(before.actors()), names(after.actors()), protective && !framing).ifPresent(changes::add);
    ownFields(before, after, protective && !framing, changes);
    exceptions(before, after, protective && !framing).ifPresent(changes::add);
    conditions(before, after, !framing).ifPresent(changes::add);
    text(before.text(), after.text()).ifPresent(changes::add);
    neutral("title", before.core().title(), after.core().title()).ifPresent(changes::add);
    neutral("source", before.core().source().map(ClauseComparer::describe),
        after.core().source().map(ClauseComparer::describe)).ifPresent(changes::add);
    neutral("notes", before.core().notes(), after.core().notes()).ifPresent(changes::add);
    if (!before.core().extensions().equals(after.core().extensions())) {
      changes.add(FieldChange.neutral("x-", List.of(before.core().extensions().values().toString()),
          List.of(after.core().extensions().values().toString()), "extension fields are not interpreted"));
    }
    return changes;
  }

  /** A clause that keeps its id but changes kind: a change of its own, which no field-by-field reading can judge. */
  private static Optional<FieldChange> kind(Clause before, Clause after) {
    if (before.kind() == after.kind()) {
      return Optional.empty();
    }
    return Optional.of(new FieldChange("kind", List.of(before.kind().wireName()), List.of(after.kind().wireName()),
        Impact.MIXED, List.of("the clause changed kind from " + before.kind().wireName() + " to "
            + after.kind().wireName() + ": what it limits changed, so review it whole"), List.of()));
  }

  /** The kinds' own fields, paired by name: a field only one kind has is reported as gained or lost. */
  private static void ownFields(Clause before, Clause after, boolean protective, List<FieldChange> changes) {
    Map<String, OwnField> newByName = new LinkedHashMap<>();
    after.ownFields().forEach(f -> newByName.put(f.name(), f));
    Set<String> seen = new LinkedHashSet<>();
    List<OwnField> oldFields = before.ownFields();
    List<KindField<?, ?>> declared = before.kind().kindFields();
    for (int i = 0; i < oldFields.size(); i++) {
      OwnField old = oldFields.get(i);
      seen.add(old.name());
      OwnField now = newByName.get(old.name());
      if (now == null) {
        if (!old.wireValues().isEmpty()) {
          changes.add(FieldChange.neutral(old.name(), old.wireValues(), List.of(), "a field of "
              + before.kind().wireName() + " that " + after.kind().wireName() + " does not have"));
        }
      } else {
        ownField(declared.get(i).impact(), old, now, protective).ifPresent(changes::add);
      }
    }
    for (OwnField now : after.ownFields()) {
      if (!seen.contains(now.name()) && !now.wireValues().isEmpty()) {
        changes.add(FieldChange.neutral(now.name(), List.of(), now.wireValues(), "a field of "
            + after.kind().wireName() + " that " + before.kind().wireName() + " did not have"));
      }
    }
  }

  private static Optional<FieldChange> modality(Clause before, Clause after, boolean framing) {
    if (before.modality().equals(after.modality())) {
      return Optional.empty();
    }
    List<String> removed = before.modality().map(m -> List.of(m.wireName())).orElse(List.of());
    List<String> added = after.modality().map(m -> List.of(m.wireName())).orElse(List.of());
    if (framing || before.modality().isEmpty() || after.modality().isEmpty()) {
      return Optional.of(FieldChange.neutral("modality", removed, added, "a general provision frames, not binds"));
    }
    int from = ImpactRules.rank(before.kind(), before.modality().get());
    int to = ImpactRules.rank(after.kind(), after.modality().get());
    Impact impact = to > from ? Impact.STRENGTHENS : to < from ? Impact.WEAKENS : Impact.NEUTRAL;
    String change = removed.get(0) + " to " + added.get(0);
    String reason;
    if (impact == Impact.NEUTRAL) {
      reason = "the same binding force";
    } else if (after.kind() == ClauseKind.COOPERATION_CONDITION && before.kind() == ClauseKind.COOPERATION_CONDITION) {
      // for cooperation, an obligation binds harder and protects less: "must cooperate" is the weakest rule
      reason = (to > from ? "cooperation is less required: " : "cooperation becomes a duty: ") + change;
    } else {
      reason = (to > from ? "binds more strongly: " : "binds less strongly: ") + change;
    }
    return Optional.of(new FieldChange("modality", removed, added, impact, List.of(reason), List.of()));
  }

  /** A list whose growth widens a protective clause's reach. */
  private static Optional<FieldChange> scope(String field, List<String> before, List<String> after,
      boolean protective) {
    List<String> removed = minus(before, after);
    List<String> added = minus(after, before);
    if (removed.isEmpty() && added.isEmpty()) {
      return Optional.empty();
    }
    List<Impact> impacts = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (!protective) {
      reasons.add(field + " of a clause that binds no one changed");
    } else {
      if (!added.isEmpty()) {
        impacts.add(Impact.STRENGTHENS);
        reasons.add(field + " widened: " + String.join(", ", added));
      }
      if (!removed.isEmpty()) {
        impacts.add(Impact.WEAKENS);
        reasons.add(field + " narrowed: " + String.join(", ", removed));
      }
    }
    return Optional.of(new FieldChange(field, removed, added, Impact.combine(impacts), reasons, List.of()));
  }

  /** A change to one own field, weighed as the field's declared {@link FieldImpact} says. */
  private static Optional<FieldChange> ownField(FieldImpact weighed, OwnField before, OwnField after,
      boolean protective) {
    // a field left out reads as the format's default where there is one (a status non-inquiry's subjects)
    List<String> b = before.effectiveValues();
    List<String> a = after.effectiveValues();
    if (b.equals(a)) {
      return Optional.empty();
    }
    String name = before.name();
    return switch (weighed) {
      case GROUNDS -> {
        List<String> removed = minus(b, a);
        List<String> added = minus(a, b);
        List<Impact> impacts = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        if (protective) {
          ImpactRules.compareGrounds(removed, added, impacts, reasons);
        } else {
          reasons.add(name + " of an obligation to cooperate changed");
        }
        yield Optional.of(new FieldChange(name, removed, added, Impact.combine(impacts), reasons, List.of()));
      }
      case RECIPIENTS -> {
        boolean widened = a.contains(Counterparty.ANYONE.wireName());
        Impact impact = !protective ? Impact.NEUTRAL : widened ? Impact.STRENGTHENS : Impact.WEAKENS;
        yield Optional.of(new FieldChange(name, b, a, impact,
            List.of(widened ? "the limit now covers telling anyone" : "the limit now covers fewer recipients"),
            List.of()));
      }
      case NONE -> Optional.of(FieldChange.neutral(name, minus(b, a), minus(a, b),
          name + " does not change what the clause protects"));
      case SCOPE -> scopeField(name, b, a, protective);
    };
  }

  /**
   * A list of what the clause covers. A list left out means "not specified": unknown, not "everything"
   * (docs/format.md). Going from unknown to a list, or back, cannot be told to widen or narrow the clause.
   */
  private static Optional<FieldChange> scopeField(String name, List<String> b, List<String> a, boolean protective) {
    boolean unknownBefore = b.isEmpty();
    boolean unknownAfter = a.isEmpty();
    if (protective && unknownBefore != unknownAfter) {
      String reason = unknownBefore
          ? name + " now specified (" + String.join(", ", a) + "); it was not specified, so whether this"
              + " widens or narrows the clause cannot be told"
          : name + " no longer specified (was " + String.join(", ", b) + "); what the clause covers is now"
              + " unknown";
      return Optional.of(new FieldChange(name, minus(b, a), minus(a, b), Impact.MIXED, List.of(reason),
          List.of()));
    }
    return scope(name, b, a, protective);
  }

  private static Optional<FieldChange> exceptions(Clause before, Clause after, boolean protective) {
    List<String> b = before.exceptions().stream().map(e -> e.ground().wireName()).toList();
    List<String> a = after.exceptions().stream().map(e -> e.ground().wireName()).toList();
    List<String> removed = minus(b, a);
    List<String> added = minus(a, b);
    if (removed.isEmpty() && added.isEmpty()) {
      return before.exceptions().equals(after.exceptions()) ? Optional.empty()
          : Optional.of(FieldChange.neutral("exceptions", List.of(), List.of(), "only the wording changed"));
    }
    List<Impact> impacts = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (protective) {
      ImpactRules.compareGrounds(removed, added, impacts, reasons);
    } else {
      reasons.add("exceptions to a clause that binds no one changed");
    }
    return Optional.of(new FieldChange("exceptions", removed, added, Impact.combine(impacts), reasons, List.of()));
  }

  private static Optional<FieldChange> conditions(Clause before, Clause after, boolean counts) {
    List<String> b = before.conditions().stream().map(ClauseComparer::describe).toList();
    List<String> a = after.conditions().stream().map(ClauseComparer::describe).toList();
    List<String> removed = minus(b, a);
    List<String> added = minus(a, b);
    if (removed.isEmpty() && added.isEmpty()) {
      return before.conditions().equals(after.conditions()) ? Optional.empty()
          : Optional.of(FieldChange.neutral("conditions", List.of(), List.of(), "only the wording changed"));
    }
    List<Impact> impacts = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (counts) {
      added.forEach(c -> {
        impacts.add(Impact.STRENGTHENS);
        reasons.add("one more thing must hold first: " + c);
      });
      removed.forEach(c -> {
        impacts.add(Impact.WEAKENS);
        reasons.add("no longer required: " + c);
      });
    } else {
      reasons.add("conditions of a general provision changed");
    }
    return Optional.of(new FieldChange("conditions", removed, added, Impact.combine(impacts), reasons, List.of()));
  }

  private static Optional<FieldChange> text(String before, String after) {
    if (before.equals(after)) {
      return Optional.empty();
    }
    return Optional.of(new FieldChange("text", List.of(before), List.of(after), Impact.NEUTRAL,
        List.of("only the wording changed"), WordDiff.of(before, after)));
  }

  private static Optional<FieldChange> neutral(String field, Optional<String> before, Optional<String> after) {
    if (before.equals(after)) {
      return Optional.empty();
    }
    return Optional.of(FieldChange.neutral(field, before.stream().toList(), after.stream().toList(),
        field + " is not law"));
  }

  static String describe(Condition c) {
    return c.type().wireName() + c.by().map(b -> " by " + b).orElse("");
  }

  static String describe(SourceRef s) {
    return s.document() + s.locator().map(l -> ", " + l).orElse("") + s.quote().map(q -> ": \"" + q + "\"")
        .orElse("");
  }

  static List<String> names(List<ActorKey> actors) {
    return actors.stream().map(ActorKey::value).toList();
  }

  /** The values of {@code a} not in {@code b}, in {@code a}'s order. */
  static List<String> minus(List<String> a, List<String> b) {
    Set<String> out = new LinkedHashSet<>(a);
    b.forEach(out::remove);
    return List.copyOf(out);
  }
}
