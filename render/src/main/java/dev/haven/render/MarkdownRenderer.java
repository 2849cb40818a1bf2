package dev.haven.render;

import static dev.haven.render.internal.MarkdownText.escape;

import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Source;
import dev.haven.render.internal.SourceNote;
import dev.haven.render.internal.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A clause set as CommonMark (GitHub flavoured where it matters) for wikis and pull requests: the title block,
 * the recitals, the enacting formula and a heading per clause, each preceded by an anchor with the clause's
 * id. Every piece of text from the set is escaped, so a clause cannot inject Markdown or HTML.
 */
public final class MarkdownRenderer implements TextRenderer {

  private final boolean clean;

  private MarkdownRenderer(Builder builder) {
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
    return RenderFormat.MARKDOWN;
  }

  @Override
  public String render(ClauseSet set) {
    Wording words = new Wording(set);
    List<String> out = new ArrayList<>();
    out.add("# " + escape(set.title()));
    out.add("");
    List<String> facts = new ArrayList<>();
    facts.add("**" + escape(words.place()) + "**" + set.body().map(b -> " \u00b7 " + escape(b)).orElse("")
        + set.enactment().number().map(n -> " \u00b7 " + escape(n)).orElse(""));
    words.sponsorsLine().ifPresent(s -> facts.add(escape(s)));
    if (!clean) {
      facts.add(escape(words.statusLine()) + " \u00b7 `" + set.id() + "`");
      words.lifeLine().ifPresent(l -> facts.add(escape(l)));
    }
    // two trailing spaces: a hard line break between the facts, none after the last
    for (int i = 0; i < facts.size(); i++) {
      out.add(facts.get(i) + (i < facts.size() - 1 ? "  " : ""));
    }
    set.recitals().forEach(r -> {
      out.add("");
      out.add(escape(r));
    });
    words.enactingFormula().ifPresent(f -> {
      out.add("");
      out.add("**" + escape(f) + "**");
    });
    int number = 0;
    for (Clause clause : set.clauses()) {
      clause(words, clause, ++number, out);
    }
    set.enactment().attestation().ifPresent(a -> attestation(words, a, out));
    if (!clean) {
      sources(set.sources(), out);
    }
    return String.join("\n", out) + "\n";
  }

  private void clause(Wording words, Clause clause, int number, List<String> out) {
    out.add("");
    // ids are lowercase letters, digits and '-': safe in an attribute as they are
    out.add("<a id=\"" + clause.id() + "\"></a>");
    out.add("");
    Optional<String> heading = clean ? clause.core().title()
        : Optional.of(clause.core().title().orElse(Wording.kindLabel(clause)));
    out.add("## " + number + "." + heading.map(h -> " " + escape(h)).orElse(""));
    out.add("");
    out.add(escape(clause.text()));
    if (clean) {
      return;
    }
    out.add("");
    String binding = "*" + escape(Wording.kindLabel(clause) + clause.modality().map(m -> " \u00b7 " + m.wireName())
        .orElse("") + " \u00b7 binds " + words.actorNames(clause)) + "*";
    List<String> scope = Wording.scope(clause);
    out.add(scope.isEmpty() ? binding : binding + "  ");
    if (!scope.isEmpty()) {
      out.add(escape("Scope: " + String.join("; ", scope)));
    }
    if (!clause.exceptions().isEmpty() || !clause.conditions().isEmpty()) {
      out.add("");
      for (Exemption e : clause.exceptions()) {
        out.add("- **" + escape(Wording.exceptionLead(e)) + ":** " + escape(Wording.textOf(e.text())));
      }
      for (Condition c : clause.conditions()) {
        out.add("- **" + escape(words.conditionLead(c)) + ":** " + escape(Wording.textOf(c.text())));
      }
    }
    words.source(clause).ifPresent(s -> {
      out.add("");
      out.add("Source: " + source(s));
    });
    List<String> dates = Wording.clauseDates(clause);
    if (!dates.isEmpty()) {
      out.add("");
      out.add(escape(String.join("; ", dates)));
    }
  }

  /** The attesting sentence, then each signatory under a rule to sign on. */
  private static void attestation(Wording words, Attestation attestation, List<String> out) {
    attestation.text().ifPresent(t -> {
      out.add("");
      out.add(escape(t));
    });
    for (Attestation.Signature signature : attestation.signatures()) {
      out.add("");
      out.add("\\_".repeat(30) + "  ");
      out.add(escape(words.signatory(signature)));
    }
  }

  private static void sources(List<Source> sources, List<String> out) {
    if (sources.isEmpty()) {
      return;
    }
    out.add("");
    out.add("## Sources");
    out.add("");
    int number = 0;
    for (Source s : sources) {
      SourceNote note = new SourceNote(s.title(), s.publisher(), Optional.empty(), s.url());
      out.add(++number + ". " + source(note) + s.date().map(d -> ", " + d).orElse(""));
    }
  }

  /** The title as a link when the address is a web address, then publisher and locator. */
  private static String source(SourceNote note) {
    String title = note.linkableUrl().map(u -> "[" + escape(note.title()) + "](<" + destination(u) + ">)")
        .orElseGet(() -> escape(note.title()));
    return title + note.publisher().map(p -> " (" + escape(p) + ")").orElse("")
        + note.locator().map(l -> ", " + escape(l)).orElse("");
  }

  /** A link destination inside {@code <...>}: only these characters could end or break it. */
  private static String destination(String url) {
    return url.strip().replace("<", "%3C").replace(">", "%3E").replace(" ", "%20").replace("\n", "");
  }

  /** Settings for a {@link MarkdownRenderer}. */
  public static final class Builder {
    private boolean clean;

    private Builder() {}

    /**
     * The document as it would be introduced, without the kind, modality, scope, exception, condition and source
     * annotations or the list of sources. Off by default: the annotated view is the staff view.
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
    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
