package dev.haven.render;

import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Source;
import dev.haven.render.internal.CssText;
import dev.haven.render.internal.LegislationJsonLd;
import dev.haven.render.internal.SourceNote;
import dev.haven.render.internal.Wording;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A clause set as one self-contained HTML5 document: inline CSS, no scripts that run, no external requests. It
 * has a title block, the recitals, the enacting formula and the numbered clauses, each anchored by its id (so
 * {@code #status-non-inquiry} links to it), with who it binds, its exceptions and conditions set apart, and its
 * source. Print CSS makes a browser's "print to PDF" look like a council document, and the head carries
 * schema.org {@code Legislation} metadata as JSON-LD.
 *
 * <p>The page is built as a jsoup DOM, so every piece of text from the set is escaped by construction.
 */
public final class HtmlRenderer implements TextRenderer {

  private static final String CSS = resource("document.css");

  private final boolean clean;

  private HtmlRenderer(Builder builder) {
    this.clean = builder.clean;
  }

  /**
   * Settings for a new renderer, all at their defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RenderFormat format() {
    return RenderFormat.HTML;
  }

  @Override
  public String render(ClauseSet set) {
    return document(set).outerHtml() + "\n";
  }

  /** The page as a DOM, for renderers that start from it (PDF). */
  Document document(ClauseSet set) {
    Wording words = new Wording(set);
    Document doc = new Document("");
    doc.outputSettings().prettyPrint(true).indentAmount(1).outline(false);
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en");
    head(set, words, html.appendElement("head"));
    body(set, words, html.appendElement("body"));
    return doc;
  }

  private static void head(ClauseSet set, Wording words, Element head) {
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(set.title());
    head.appendElement("meta").attr("name", "subject").attr("content", words.statusLine() + ", " + words.place());
    head.appendElement("meta").attr("name", "author").attr("content",
        set.body().map(b -> b + ", " + set.jurisdiction().name()).orElse(set.jurisdiction().name()));
    head.appendElement("meta").attr("name", "generator").attr("content", "Haven");
    head.appendElement("style").appendChild(new DataNode(CSS + "@page { @top-left { content: "
        + CssText.string(words.place() + " \u00b7 " + words.typeLabel()) + "; font-size: 9pt; color: #444; } }\n"));
    head.appendElement("script").attr("type", "application/ld+json")
        .appendChild(new DataNode(LegislationJsonLd.of(set, words)));
  }

  private void body(ClauseSet set, Wording words, Element body) {
    Element title = body.appendElement("header").addClass("title-block");
    title.appendElement("p").addClass("place").text(words.place());
    set.body().ifPresent(b -> title.appendElement("p").addClass("enacted-by").text(b));
    set.enactment().number().ifPresent(n -> title.appendElement("p").addClass("number").text(n));
    title.appendElement("h1").text(set.title());
    words.sponsorsLine().ifPresent(s -> title.appendElement("p").addClass("sponsors").text(s));
    if (!clean) {
      Element facts = title.appendElement("dl").addClass("facts");
      fact(facts, "Type", words.typeLabel());
      fact(facts, "Status", set.status().wireName());
      set.date().ifPresent(d -> fact(facts, "Date", null).appendElement("time").attr("datetime", d.toString())
          .text(d.toString()));
      // a month or year is a valid datetime; an interval ("2013-11/2016-12") is not, so it stays plain text
      set.life().adopted().filter(d -> set.date().isEmpty()).ifPresent(d -> {
        Element dd = fact(facts, "Date", null);
        if (d.toString().contains("/")) {
          dd.text(d.toString());
        } else {
          dd.appendElement("time").attr("datetime", d.toString()).text(d.toString());
        }
      });
      words.lifeLine().ifPresent(l -> fact(facts, "In force", l));
      fact(facts, "Identifier", null).appendElement("code").text(set.id());
    }

    // every part of the page sits in a landmark (header, main, footer), so a screen reader's reader misses none
    Element main = body.appendElement("main");
    if (!set.recitals().isEmpty()) {
      Element recitals = main.appendElement("section").addClass("recitals");
      set.recitals().forEach(r -> recitals.appendElement("p").addClass("recital").text(r));
    }
    words.enactingFormula().ifPresent(f -> main.appendElement("p").addClass("enacting-formula").text(f));
    Element clauses = main.appendElement("div").addClass("clauses");
    int number = 0;
    for (Clause clause : set.clauses()) {
      clause(words, clause, ++number, clauses);
    }
    set.enactment().attestation().ifPresent(a -> attestation(words, a, main));
    if (!clean) {
      Element footer = body.appendElement("footer");
      sources(set.sources(), footer);
      footer.appendElement("p").addClass("colophon")
          .text("Rendered by Haven from the clause set " + set.id() + ". Editors' notes are not part of the text.");
    }
  }

  private static void attestation(Wording words, Attestation attestation, Element parent) {
    Element section = parent.appendElement("section").addClass("attestation").attr("aria-label", "Attestation");
    attestation.text().ifPresent(t -> section.appendElement("p").addClass("attested").text(t));
    for (Attestation.Signature signature : attestation.signatures()) {
      Element line = section.appendElement("div").addClass("signature");
      line.appendElement("span").addClass("signature-line").attr("aria-hidden", "true");
      line.appendElement("p").addClass("signatory").text(words.signatory(signature));
    }
  }

  /** One row of the title block's facts; the value as text, or left for the caller to fill when null. */
  private static Element fact(Element facts, String name, String value) {
    Element row = facts.appendElement("div").addClass("fact");
    row.appendElement("dt").text(name);
    Element dd = row.appendElement("dd");
    return value == null ? dd : dd.text(value);
  }

  private void clause(Wording words, Clause clause, int number, Element parent) {
    Element section = parent.appendElement("section").addClass("clause").addClass("kind-" + clause.kind().wireName())
        .attr("id", clause.id());
    Element h2 = section.appendElement("h2");
    h2.appendElement("span").addClass("number").text(number + ".");
    Optional<String> heading = clean ? clause.core().title() : Optional.of(clause.core().title()
        .orElse(Wording.kindLabel(clause)));
    heading.ifPresent(h -> h2.appendText(" " + h));
    h2.appendElement("a").addClass("anchor").attr("href", "#" + clause.id())
        .attr("aria-label", "Link to this clause").text("\u00b6");
    section.appendElement("p").addClass("text").text(clause.text());
    if (clean) {
      return;
    }

    Element binding = section.appendElement("p").addClass("binding");
    binding.appendElement("span").addClass("kind").text(Wording.kindLabel(clause));
    clause.modality().ifPresent(m -> {
      binding.appendText(" \u00b7 ");
      binding.appendElement("span").addClass("modality").text(m.wireName());
    });
    binding.appendText(" \u00b7 binds ");
    binding.appendElement("span").addClass("actors").text(words.actorNames(clause));
    List<String> scope = Wording.scope(clause);
    if (!scope.isEmpty()) {
      section.appendElement("p").addClass("scope").text("Scope: " + String.join("; ", scope));
    }
    if (!clause.exceptions().isEmpty()) {
      Element list = section.appendElement("ul").addClass("exceptions");
      for (Exemption e : clause.exceptions()) {
        Element item = list.appendElement("li").addClass("exception").attr("data-ground", e.ground().wireName());
        item.appendElement("span").addClass("lead").text(Wording.exceptionLead(e) + ":");
        item.appendText(" " + Wording.textOf(e.text()));
      }
    }
    if (!clause.conditions().isEmpty()) {
      Element list = section.appendElement("ul").addClass("conditions");
      for (Condition c : clause.conditions()) {
        Element item = list.appendElement("li").addClass("condition").attr("data-type", c.type().wireName());
        item.appendElement("span").addClass("lead").text(words.conditionLead(c) + ":");
        item.appendText(" " + Wording.textOf(c.text()));
      }
    }
    words.source(clause).ifPresent(s -> source(s, section.appendElement("p").addClass("source").appendText("Source: ")));
    Wording.clauseDates(clause).forEach(d -> section.appendElement("p").addClass("dates").text(d));
  }

  /** The title (a link when the address is a web address), publisher and locator of a source. */
  private static void source(SourceNote note, Element p) {
    Optional<String> url = note.linkableUrl();
    if (url.isPresent()) {
      p.appendElement("a").attr("href", url.get()).text(note.title());
    } else {
      p.appendText(note.title());
    }
    note.publisher().ifPresent(pub -> p.appendText(" (" + pub + ")"));
    note.locator().ifPresent(l -> p.appendText(", " + l));
  }

  private static void sources(List<Source> sources, Element footer) {
    if (sources.isEmpty()) {
      return;
    }
    Element section = footer.appendElement("section").addClass("sources");
    section.appendElement("h2").text("Sources");
    Element list = section.appendElement("ol");
    for (Source s : sources) {
      SourceNote note = new SourceNote(s.title(), s.publisher(), Optional.empty(), s.url());
      Element item = list.appendElement("li");
      source(note, item);
      s.date().ifPresent(d -> item.appendText(", " + d));
      // the address in full as well, for readers of a printed copy
      note.url().ifPresent(u -> item.appendText(": " + u));
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Settings for an {@link HtmlRenderer}. */
  public static final class Builder {
    private boolean clean;

    private Builder() {}

    /**
     * The document as it would be introduced: the title block with number and sponsors, recitals, enacting formula,
     * the clauses' words and the attestation, without the kind, modality, scope, exception and source annotations
     * or the list of sources. Off by default: the annotated view is the staff view.
     *
     * @param on whether to leave the annotations out
     * @return this builder
     */
    public Builder clean(boolean on) {
      this.clean = on;
      return this;
    }

    /**
     * A renderer with these settings.
     *
     * @return the renderer, immutable and thread-safe
     */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
