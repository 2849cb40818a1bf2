package dev.haven.render.diff;

import static dev.haven.render.internal.MarkdownText.escape;

import dev.haven.core.diff.ChangeType;
import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.FieldChange;
import dev.haven.core.diff.Impact;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.diff.WordDiff;
import java.util.ArrayList;
import java.util.List;

/**
 * A diff as GitHub-flavoured Markdown for a pull request or an email: a summary table, then a section per
 * changed clause with deleted words struck through and inserted words in bold. Every piece of text from the
 * sets is escaped, so a clause cannot inject Markdown or HTML.
 */
public final class DiffMarkdown {

  /**
   * The diff as Markdown.
   *
   * @param diff what changed between two sets
   * @return GitHub-flavoured Markdown
   */
  public String render(SetDiff diff) {
    List<String> out = new ArrayList<>();
    out.add("## Changes from `" + code(diff.oldId()) + "` to `" + code(diff.newId()) + "`");
    out.add("");
    out.add(escape(DiffText.summaryLine(diff.summary())) + ".");
    if (!diff.changes().isEmpty()) {
      out.add("");
      out.add("| change | clause | kind | impact |");
      out.add("|---|---|---|---|");
      for (ClauseChange c : diff.changes()) {
        out.add("| " + c.change().wireName() + " | `" + code(c.id()) + "` | " + c.kind().wireName() + " | "
            + badge(c.impact()) + " |");
      }
    }
    if (!diff.setFields().isEmpty()) {
      out.add("");
      out.add("### The set");
      out.add("");
      diff.setFields().forEach(f -> out.add("- " + fieldLine(f)));
    }
    for (ClauseChange c : diff.changes()) {
      out.add("");
      out.add("### " + sign(c.change()) + " `" + code(c.id()) + "`"
          + c.oldId().map(o -> " (was `" + code(o) + "`)").orElse("") + " — " + badge(c.impact()));
      out.add("");
      c.reasons().forEach(r -> out.add("*" + escape(r) + "*"));
      if (c.change() != ChangeType.MODIFIED) {
        String text = (c.change() == ChangeType.ADDED ? c.after() : c.before()).orElseThrow().text();
        out.add("");
        out.add("> " + (c.change() == ChangeType.ADDED ? "**" + escape(text) + "**" : "~~" + escape(text) + "~~"));
      }
      c.fields().forEach(f -> out.add("- " + fieldLine(f)));
    }
    return String.join("\n", out) + "\n";
  }

  private static String fieldLine(FieldChange f) {
    StringBuilder sb = new StringBuilder("**").append(escape(f.field())).append("**: ");
    if (!f.words().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (WordDiff.Segment s : f.words()) {
        parts.add(switch (s.op()) {
          case EQUAL -> escape(s.text());
          case DELETE -> "~~" + escape(s.text()) + "~~";
          case INSERT -> "**" + escape(s.text()) + "**";
        });
      }
      sb.append(String.join(" ", parts));
    } else {
      List<String> parts = new ArrayList<>();
      f.removed().forEach(v -> parts.add("~~" + escape(v) + "~~"));
      f.added().forEach(v -> parts.add("**" + escape(v) + "**"));
      sb.append(String.join(" ", parts));
    }
    sb.append(" — ").append(badge(f.impact()));
    if (f.impact() != Impact.NEUTRAL && !f.reasons().isEmpty()) {
      sb.append(" (").append(escape(String.join("; ", f.reasons()))).append(')');
    }
    return sb.toString();
  }

  private static String badge(Impact impact) {
    return switch (impact) {
      case STRENGTHENS -> "🟢 strengthens";
      case WEAKENS -> "🔴 weakens";
      case MIXED -> "🟡 mixed";
      case NEUTRAL -> "⚪ neutral";
    };
  }

  private static String sign(ChangeType change) {
    return switch (change) {
      case ADDED -> "Added";
      case REMOVED -> "Removed";
      case MODIFIED -> "Modified";
    };
  }

  /** Text inside a code span cannot be escaped; backticks are replaced so the span cannot close early. */
  private static String code(String s) {
    return s.replace('`', '\'');
  }
}
