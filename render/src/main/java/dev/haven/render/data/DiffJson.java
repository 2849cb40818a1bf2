package dev.haven.render.data;

import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.FieldChange;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.diff.Summary;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A diff as plain data in the public JSON shape of {@code haven diff --format json}: {@code old}, {@code new},
 * {@code summary} and {@code changes} as the contract fixes them; {@code reasons}, {@code words} and {@code set}
 * (set-level changes) are additions.
 */
public final class DiffJson {

  private DiffJson() {}

  /**
   * The diff in the JSON shape {@code docs/cli.md} gives for {@code haven diff --format json}.
   *
   * @param diff the semantic diff
   * @return ordered maps and lists, ready for {@link DataWriters#json}
   */
  public static Map<String, Object> of(SetDiff diff) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("old", diff.oldId());
    m.put("new", diff.newId());
    m.put("summary", summary(diff.summary()));
    m.put("changes", diff.changes().stream().map(DiffJson::change).toList());
    m.put("set", diff.setFields().stream().map(DiffJson::field).toList());
    return m;
  }

  private static Map<String, Object> summary(Summary s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("added", s.added());
    m.put("removed", s.removed());
    m.put("modified", s.modified());
    m.put("strengthens", s.strengthens());
    m.put("weakens", s.weakens());
    m.put("neutral", s.neutral());
    m.put("mixed", s.mixed());
    return m;
  }

  private static Map<String, Object> change(ClauseChange c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("change", c.change().wireName());
    m.put("id", c.id());
    c.oldId().ifPresent(o -> m.put("oldId", o));
    m.put("kind", c.kind().wireName());
    m.put("impact", c.impact().wireName());
    m.put("fields", c.fields().stream().map(DiffJson::field).toList());
    if (!c.reasons().isEmpty()) {
      m.put("reasons", c.reasons());
    }
    return m;
  }

  private static Map<String, Object> field(FieldChange f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("field", f.field());
    m.put("added", f.added());
    m.put("removed", f.removed());
    m.put("impact", f.impact().wireName());
    m.put("reasons", f.reasons());
    if (!f.words().isEmpty()) {
      m.put("words", f.words().stream().map(w -> Map.of("op", w.op().name().toLowerCase(Locale.ROOT),
          "text", w.text())).map(DiffJson::ordered).toList());
    }
    return m;
  }

  private static Map<String, Object> ordered(Map<String, String> word) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("op", word.get("op"));
    m.put("text", word.get("text"));
    return m;
  }
}
