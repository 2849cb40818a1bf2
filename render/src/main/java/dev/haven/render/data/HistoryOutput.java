package dev.haven.render.data;

import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.Impact;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.history.Timeline;
import dev.haven.core.model.ClauseSet;
import dev.haven.render.VisibleText;
import dev.haven.render.diff.DiffText;
import dev.haven.render.internal.Wording;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code haven history}'s outputs: each jurisdiction's versions over time, as text for people or as JSON. */
public final class HistoryOutput {

  private HistoryOutput() {}

  /**
   * For people: each jurisdiction's versions by the day they took force, with the changes each made and their
   * impact ({@code haven history}).
   *
   * @param timelines the jurisdictions' timelines
   * @param files each set's file by set id, as the user named it
   * @param out where the text goes
   */
  public static void text(List<Timeline> timelines, Map<String, String> files, PrintWriter out) {
    boolean first = true;
    for (Timeline t : timelines) {
      if (!first) {
        out.println();
      }
      first = false;
      out.println(VisibleText.line(t.jurisdiction()));
      for (ClauseSet set : t.versions()) {
        out.println("  " + String.format("%-26s", period(set)) + "  " + set.id() + "  " + set.status().wireName() + "  "
            + VisibleText.line(files.get(set.id())));
        for (Timeline.Step step : t.steps()) {
          if (step.to() == set) {
            out.println("      " + step.relation() + ": " + DiffText.summaryLine(step.diff().summary()));
            impacts(step.diff(), out);
          }
        }
        for (Timeline.ClauseChange change : t.clauseChanges()) {
          if (change.set() == set) {
            out.println("      clauses' own dates, " + Wording.dated(change.when()) + ": "
                + DiffText.summaryLine(change.diff().summary()));
            impacts(change.diff(), out);
          }
        }
      }
    }
  }

  /** Each change of a diff that strengthens, weakens or is mixed, a line each. */
  private static void impacts(SetDiff diff, PrintWriter out) {
    for (ClauseChange c : diff.changes()) {
      if (c.impact() == Impact.STRENGTHENS || c.impact() == Impact.WEAKENS || c.impact() == Impact.MIXED) {
        out.println("        " + c.impact().wireName().toUpperCase(Locale.ROOT) + "  " + c.change().wireName()
            + " " + c.id() + "  [" + c.kind().wireName() + "]");
      }
    }
  }

  /** "2012-09-12 to 2021-01-26", "2021-01-27 to now", "undated". */
  private static String period(ClauseSet set) {
    String from = set.takesForce().map(Object::toString).orElse("undated   ");
    String to = set.life().ended().map(Wording::lastDay)
        .orElse(set.status() == dev.haven.core.vocab.Status.REPEALED ? "(end not given)" : "now");
    return from + " to " + to;
  }

  private static List<Object> changes(SetDiff diff) {
    List<Object> changes = new ArrayList<>();
    for (ClauseChange c : diff.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id());
      m.put("change", c.change().wireName());
      m.put("kind", c.kind().wireName());
      m.put("impact", c.impact().wireName());
      changes.add(m);
    }
    return changes;
  }

  /**
   * The timelines in the JSON shape {@code docs/cli.md} gives for {@code haven history --format json}.
   *
   * @param timelines the jurisdictions' timelines
   * @param files each set's file by set id, as the user named it
   * @return ordered maps and lists, ready for {@link DataWriters#json}
   */
  public static Map<String, Object> json(List<Timeline> timelines, Map<String, String> files) {
    List<Object> out = new ArrayList<>();
    for (Timeline t : timelines) {
      Map<String, Object> j = new LinkedHashMap<>();
      j.put("jurisdiction", t.jurisdiction());
      List<Object> versions = new ArrayList<>();
      for (ClauseSet set : t.versions()) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("set", set.id());
        v.put("file", files.get(set.id()));
        v.put("title", set.title());
        v.put("status", set.status().wireName());
        v.put("date", set.date().map(Object::toString).or(() -> set.life().adopted().map(Object::toString))
            .orElse(null));
        v.put("from", set.takesForce().map(Object::toString).orElse(null));
        v.put("ended", set.life().ended().map(Object::toString).orElse(null));
        versions.add(v);
      }
      j.put("versions", versions);
      List<Object> steps = new ArrayList<>();
      for (Timeline.Step step : t.steps()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("from", step.from().stream().map(ClauseSet::id).toList());
        s.put("to", step.to().id());
        s.put("relation", step.relation());
        s.put("summary", step.diff().summary());
        s.put("changes", changes(step.diff()));
        steps.add(s);
      }
      j.put("changes", steps);
      List<Object> within = new ArrayList<>();
      for (Timeline.ClauseChange change : t.clauseChanges()) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("set", change.set().id());
        s.put("when", change.when().toString());
        s.put("summary", change.diff().summary());
        s.put("changes", changes(change.diff()));
        within.add(s);
      }
      j.put("clauseChanges", within);
      out.add(j);
    }
    return Map.of("jurisdictions", out);
  }
}
