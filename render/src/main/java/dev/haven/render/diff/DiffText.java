package dev.haven.render.diff;

import dev.haven.render.VisibleText;
import dev.haven.core.diff.ChangeType;
import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.FieldChange;
import dev.haven.core.diff.Impact;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.diff.Summary;
import dev.haven.core.diff.WordDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A diff as a redline for a person reading a terminal or an email: a summary line, then a block per changed
 * clause with its impact, each changed field, and the text's word changes as {@code [-old-]{+new+}}. With colour,
 * deletions are red and insertions green, and the brackets stay so that nothing depends on colour alone.
 */
public final class DiffText {

  private final boolean color;

  private DiffText(boolean color) {
    this.color = color;
  }

  /**
   * A redline for files and pipes: changes marked {@code [-old-]{+new+}}.
   *
   * @return a renderer without colour
   */
  public static DiffText plain() {
    return new DiffText(false);
  }

  /**
   * A redline for a terminal: the same marks, coloured.
   *
   * @return a renderer with ANSI colours
   */
  public static DiffText colored() {
    return new DiffText(true);
  }

  /**
   * The diff as a redline for a person: a summary line, then a block per changed clause.
   *
   * @param diff what changed between two sets
   * @return the text, one line per item, ending with a newline
   */
  public String render(SetDiff diff) {
    List<String> out = new ArrayList<>();
    out.add(diff.oldId() + " -> " + diff.newId());
    out.add(summaryLine(diff.summary()));
    if (!diff.setFields().isEmpty()) {
      out.add("");
      out.add("set:");
      diff.setFields().forEach(f -> out.add("    " + fieldLine(f)));
    }
    for (ClauseChange c : diff.changes()) {
      out.add("");
      out.add(sign(c.change()) + " " + c.id() + c.oldId().map(o -> " (was " + o + ")").orElse("") + "  ["
          + c.kind().wireName() + "]  " + impact(c.impact()));
      c.reasons().forEach(r -> out.add("    " + VisibleText.line(r)));
      if (c.change() != ChangeType.MODIFIED) {
        String text = (c.change() == ChangeType.ADDED ? c.after() : c.before()).orElseThrow().text();
        out.add("    " + (c.change() == ChangeType.ADDED ? insert(text) : delete(text)));
      }
      c.fields().forEach(f -> out.add("    " + fieldLine(f)));
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * "2 added, 1 removed, 3 modified: 2 strengthen, 2 weaken, 1 neutral, 1 mixed", or "no clause changes".
   *
   * @param s the counts
   * @return one line
   */
  public static String summaryLine(Summary s) {
    if (s.added() + s.removed() + s.modified() == 0) {
      return "no clause changes";
    }
    return s.added() + " added, " + s.removed() + " removed, " + s.modified() + " modified: " + s.strengthens()
        + " strengthen, " + s.weakens() + " weaken, " + s.neutral() + " neutral, " + s.mixed() + " mixed";
  }

  private String fieldLine(FieldChange f) {
    StringBuilder sb = new StringBuilder(f.field()).append(": ");
    if (!f.words().isEmpty()) {
      sb.append(redline(f.words()));
    } else {
      List<String> parts = new ArrayList<>();
      f.removed().forEach(v -> parts.add(delete(v)));
      f.added().forEach(v -> parts.add(insert(v)));
      sb.append(String.join(" ", parts));
    }
    sb.append("  ").append(impact(f.impact()));
    if (f.impact() != Impact.NEUTRAL && !f.reasons().isEmpty()) {
      sb.append(" (").append(VisibleText.line(String.join("; ", f.reasons()))).append(')');
    }
    return sb.toString();
  }

  private String redline(List<WordDiff.Segment> words) {
    List<String> parts = new ArrayList<>();
    for (WordDiff.Segment s : words) {
      parts.add(switch (s.op()) {
        case EQUAL -> VisibleText.line(s.text());
        case DELETE -> delete(s.text());
        case INSERT -> insert(s.text());
      });
    }
    return String.join(" ", parts);
  }

  /** Words from a file, shown struck out; their control characters are shown, never sent to the terminal. */
  private String delete(String s) {
    return paint("31", "[-" + VisibleText.line(s) + "-]");
  }

  private String insert(String s) {
    return paint("32", "{+" + VisibleText.line(s) + "+}");
  }

  private String impact(Impact impact) {
    String word = impact.wireName().toUpperCase(Locale.ROOT);
    return switch (impact) {
      case STRENGTHENS -> paint("1;32", word);
      case WEAKENS -> paint("1;31", word);
      case MIXED -> paint("1;33", word);
      case NEUTRAL -> word;
    };
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  private static String sign(ChangeType change) {
    return switch (change) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case MODIFIED -> "~";
    };
  }
}
