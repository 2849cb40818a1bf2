package dev.haven.render.diff;

import dev.haven.core.diff.ChangeType;
import dev.haven.core.diff.ClauseChange;
import dev.haven.core.diff.FieldChange;
import dev.haven.core.diff.Impact;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.diff.WordDiff;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A diff as one self-contained HTML page (inline CSS, no scripts, no external requests): a summary, then a
 * section per changed clause with an impact badge and {@code <del>}/{@code <ins>} redlines. Built as a jsoup DOM,
 * so every piece of text from the sets is escaped by construction.
 */
public final class DiffHtml {

  private static final String CSS = """
      body { font: 16px/1.5 Georgia, 'Times New Roman', serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
             color: #1b1b1b; }
      h1 { font-size: 1.5rem; } h2 { font-size: 1.15rem; margin: 0; }
      .clause { border-left: 4px solid #bbb; padding: .25rem 1rem; margin: 1.25rem 0; break-inside: avoid; }
      .clause.strengthens { border-color: #1a7f37; } .clause.weakens { border-color: #cf222e; }
      .clause.mixed { border-color: #bf8700; }
      .badge { font: bold .75rem/1 sans-serif; text-transform: uppercase; padding: .2rem .45rem;
               border-radius: .25rem; border: 1px solid currentColor; margin-left: .5rem; }
      .strengthens .badge, .badge.strengthens { color: #1a7f37; } .weakens .badge, .badge.weakens { color: #cf222e; }
      .mixed .badge, .badge.mixed { color: #9a6700; } .neutral .badge, .badge.neutral { color: #57606a; }
      del { background: #ffebe9; text-decoration: line-through; } ins { background: #dafbe1; text-decoration: none; }
      .field { margin: .25rem 0; } .field-name { font-family: sans-serif; font-size: .85rem; color: #57606a; }
      .reason { font-style: italic; color: #57606a; }
      @media print { body { margin: 0; max-width: none; } del, ins { -webkit-print-color-adjust: exact;
                     print-color-adjust: exact; } h2 { break-after: avoid; } }
      """;

  /**
   * The redline page of a diff.
   *
   * @param diff what changed between two sets
   * @return one self-contained, print-friendly HTML document
   */
  public String render(SetDiff diff) {
    Document doc = Document.createShell("");
    // an HTML5 page: the doctype keeps browsers out of quirks mode, and the language lets screen readers speak it
    doc.prependChild(new org.jsoup.nodes.DocumentType("html", "", ""));
    doc.selectFirst("html").attr("lang", "en");
    doc.outputSettings().prettyPrint(true);
    doc.head().appendElement("meta").attr("charset", "utf-8");
    doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    doc.title("Changes from " + diff.oldId() + " to " + diff.newId());
    doc.head().appendElement("style").appendText(CSS);
    // the heading and summary in a header, the changes in main: every part of the page sits in a landmark
    Element header = doc.body().appendElement("header");
    Element h1 = header.appendElement("h1");
    h1.appendText("Changes from ").appendElement("code").text(diff.oldId());
    h1.appendText(" to ").appendElement("code").text(diff.newId());
    header.appendElement("p").addClass("summary").text(DiffText.summaryLine(diff.summary()));
    Element body = doc.body().appendElement("main");
    if (!diff.setFields().isEmpty()) {
      Element set = body.appendElement("section").addClass("clause").addClass("neutral");
      set.appendElement("h2").text("The set");
      diff.setFields().forEach(f -> field(set, f));
    }
    for (ClauseChange c : diff.changes()) {
      Element section = body.appendElement("section").addClass("clause").addClass(c.impact().wireName())
          .attr("id", c.id());
      Element h2 = section.appendElement("h2");
      h2.appendText(label(c.change()) + " ").appendElement("code").text(c.id());
      c.oldId().ifPresent(o -> h2.appendText(" (was ").appendElement("code").text(o).after(")"));
      h2.appendElement("span").addClass("badge").text(c.impact().wireName());
      section.appendElement("p").addClass("kind").text(c.kind().wireName());
      c.reasons().forEach(r -> section.appendElement("p").addClass("reason").text(r));
      if (c.change() != ChangeType.MODIFIED) {
        String text = (c.change() == ChangeType.ADDED ? c.after() : c.before()).orElseThrow().text();
        section.appendElement("p").appendElement(c.change() == ChangeType.ADDED ? "ins" : "del").text(text);
      }
      c.fields().forEach(f -> field(section, f));
    }
    return doc.outerHtml() + "\n";
  }

  private static void field(Element parent, FieldChange f) {
    Element div = parent.appendElement("div").addClass("field");
    div.appendElement("span").addClass("field-name").text(f.field() + ": ");
    if (!f.words().isEmpty()) {
      for (WordDiff.Segment s : f.words()) {
        switch (s.op()) {
          case EQUAL -> div.appendText(" " + s.text() + " ");
          case DELETE -> div.appendElement("del").text(s.text());
          case INSERT -> div.appendElement("ins").text(s.text());
        }
      }
    } else {
      f.removed().forEach(v -> div.appendElement("del").text(v).after(" "));
      f.added().forEach(v -> div.appendElement("ins").text(v).after(" "));
    }
    div.appendElement("span").addClass("badge").addClass(f.impact().wireName()).text(f.impact().wireName());
    if (f.impact() != Impact.NEUTRAL && !f.reasons().isEmpty()) {
      div.appendElement("span").addClass("reason").text(" " + String.join("; ", f.reasons()));
    }
  }

  private static String label(ChangeType change) {
    return switch (change) {
      case ADDED -> "Added";
      case REMOVED -> "Removed";
      case MODIFIED -> "Modified";
    };
  }
}
