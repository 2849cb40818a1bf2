package dev.haven.render;

import dev.haven.core.model.Attestation;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.render.internal.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.WordUtils;

/**
 * A clause set as plain text for reading and printing: a title block, the recitals, the enacting formula, then
 * numbered clauses with hanging indents, each followed by its scope, exceptions, conditions and source. Notes
 * for editors are left out. Optionally numbers the lines in the margin, as legislative drafts do, and breaks
 * pages with a form feed, a running header and page numbers.
 *
 * <pre>{@code
 * String text = PlainTextRenderer.builder().width(72).lineNumbers(true).pageLines(54).build().render(set);
 * }</pre>
 */
public final class PlainTextRenderer implements TextRenderer {

  private static final String HANG = "    ";
  private static final int MARGIN = 6;

  private final int width;
  private final boolean lineNumbers;
  private final int pageLines;
  private final boolean clean;

  private PlainTextRenderer(Builder builder) {
    this.width = builder.width;
    this.lineNumbers = builder.lineNumbers;
    this.pageLines = builder.pageLines;
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
    return RenderFormat.TEXT;
  }

  @Override
  public String render(ClauseSet set) {
    List<List<String>> blocks = blocks(set, new Wording(set), lineNumbers ? width - MARGIN : width);
    List<List<String>> pages = pageLines == 0 ? List.of(flow(blocks)) : paginate(blocks, pageLines - 2);
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < pages.size(); p++) {
      if (pageLines > 0) {
        out.append(p == 0 ? "" : "\f").append(header(set, p + 1, pages.size())).append("\n\n");
      }
      int number = 0;
      for (String line : pages.get(p)) {
        number++;
        String numbered = lineNumbers ? String.format(Locale.ROOT, "%4d  %s", number, line) : line;
        out.append(numbered.stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  /** The document as blocks of lines that belong together; a blank line goes between blocks. */
  private List<List<String>> blocks(ClauseSet set, Wording words, int width) {
    List<List<String>> blocks = new ArrayList<>();
    blocks.add(titleBlock(set, words, width));
    set.recitals().forEach(r -> blocks.add(wrap(r, "", "", width)));
    words.enactingFormula().ifPresent(f -> blocks.add(wrap(f, "", "", width)));
    int number = 0;
    for (Clause clause : set.clauses()) {
      blocks.add(clause(words, clause, ++number, width));
    }
    set.enactment().attestation().ifPresent(a -> blocks.addAll(attestation(words, a, width)));
    return blocks;
  }

  private List<String> titleBlock(ClauseSet set, Wording words, int width) {
    List<String> lines = new ArrayList<>();
    centered(words.place().toUpperCase(Locale.ROOT), width, width, lines);
    set.body().ifPresent(b -> centered(b, width, width, lines));
    set.enactment().number().ifPresent(n -> centered(n, width, width, lines));
    lines.add("");
    centered(set.title(), width - 8, width, lines);
    words.sponsorsLine().ifPresent(s -> {
      lines.add("");
      lines.addAll(wrap(s, "", "", width));
    });
    if (!clean) {
      lines.add("");
      lines.addAll(wrap(words.statusLine() + " (" + set.id() + ")", "", "", width));
      words.lifeLine().ifPresent(l -> lines.addAll(wrap(l, "", "", width)));
    }
    return lines;
  }

  /** The attesting sentence, then a rule to sign on above each signatory's name. */
  private static List<List<String>> attestation(Wording words, Attestation attestation, int width) {
    List<List<String>> blocks = new ArrayList<>();
    attestation.text().ifPresent(t -> blocks.add(wrap(t, "", "", width)));
    for (Attestation.Signature signature : attestation.signatures()) {
      List<String> lines = new ArrayList<>();
      lines.add("");
      lines.add("_".repeat(Math.min(36, width)));
      lines.addAll(wrap(words.signatory(signature), "", "", width));
      blocks.add(lines);
    }
    return blocks;
  }

  private List<String> clause(Wording words, Clause clause, int number, int width) {
    String label = number + ".";
    String head = label + " ".repeat(Math.max(1, HANG.length() - label.length()))
        + clause.core().title().map(t -> t + ". ").orElse("");
    List<String> lines = new ArrayList<>(wrap(clause.text(), head, HANG, width));
    if (clean) {
      return lines;
    }
    lines.addAll(wrap("[" + words.bindingLine(clause) + "]", HANG, HANG + " ", width));
    List<String> scope = Wording.scope(clause);
    if (!scope.isEmpty()) {
      lines.addAll(wrap(String.join("; ", scope), HANG + "Scope: ", HANG + HANG, width));
    }
    for (Exemption e : clause.exceptions()) {
      lines.addAll(wrap(Wording.textOf(e.text()), HANG + Wording.exceptionLead(e) + ": ", HANG + HANG, width));
    }
    for (Condition c : clause.conditions()) {
      lines.addAll(wrap(Wording.textOf(c.text()), HANG + words.conditionLead(c) + ": ", HANG + HANG, width));
    }
    words.source(clause).ifPresent(s -> lines.addAll(wrap(s.plain(), HANG + "Source: ", HANG + HANG, width)));
    Wording.clauseDates(clause).forEach(d -> lines.addAll(wrap(d, HANG, HANG + HANG, width)));
    return lines;
  }

  private static List<String> flow(List<List<String>> blocks) {
    List<String> lines = new ArrayList<>();
    for (List<String> block : blocks) {
      if (!lines.isEmpty()) {
        lines.add("");
      }
      lines.addAll(block);
    }
    return lines;
  }

  /**
   * Lays blocks onto pages of {@code body} lines. A block that does not fit is split only if at least two of
   * its lines stay on each page, so no clause heading is left alone at the foot of a page; blank lines between
   * blocks are dropped at the top of a page.
   */
  private static List<List<String>> paginate(List<List<String>> blocks, int body) {
    List<List<String>> pages = new ArrayList<>();
    List<String> page = new ArrayList<>();
    for (List<String> block : blocks) {
      if (!page.isEmpty()) {
        page.add("");
      }
      int at = 0;
      while (at < block.size()) {
        int room = body - page.size();
        int left = block.size() - at;
        if (left <= room) {
          page.addAll(block.subList(at, block.size()));
          break;
        }
        // split when two lines stay on each side; a fresh page that cannot hold the block is filled anyway
        if (page.isEmpty() || (room >= 2 && left - room >= 2)) {
          page.addAll(block.subList(at, at + room));
          at += room;
        }
        trimTrailingBlank(page);
        pages.add(page);
        page = new ArrayList<>();
      }
    }
    trimTrailingBlank(page);
    if (!page.isEmpty() || pages.isEmpty()) {
      pages.add(page);
    }
    return pages;
  }

  private static void trimTrailingBlank(List<String> page) {
    while (!page.isEmpty() && page.get(page.size() - 1).isEmpty()) {
      page.remove(page.size() - 1);
    }
  }

  /** "us-wi-madison/res-2017-safe-haven            Page 1 of 3", cut to the width. */
  private String header(ClauseSet set, int page, int pages) {
    String right = "Page " + page + " of " + pages;
    int room = width - right.length() - 2;
    String left = set.id().length() <= room ? set.id() : set.id().substring(0, Math.max(0, room - 1)) + "…";
    return left + " ".repeat(width - left.length() - right.length()) + right;
  }

  /**
   * Wraps {@code text} after {@code first}, continuing lines with {@code rest}; no line passes the width: a word
   * longer than a line (a web address) is broken across lines.
   */
  private static List<String> wrap(String text, String first, String rest, int width) {
    String body = VisibleText.line(text.strip().replaceAll("\\s+", " "));
    int indent = first.length() - first.stripLeading().length();
    // WordUtils drops a line's leading spaces and does not count the continuation prefix: indent the first
    // line afterwards, and wrap narrower by the prefix.
    String wrapped = WordUtils.wrap(VisibleText.line(first.stripLeading()) + body, width - Math.max(indent, rest.length()),
        "\n" + rest, true);
    List<String> lines = new ArrayList<>(List.of(wrapped.split("\n")));
    lines.set(0, " ".repeat(indent) + lines.get(0));
    return lines;
  }

  /** Wraps {@code text} to {@code measure} columns and centres each line in {@code width}. */
  private static void centered(String text, int measure, int width, List<String> lines) {
    for (String line : WordUtils.wrap(VisibleText.line(text.strip().replaceAll("\\s+", " ")), measure, "\n", true)
        .split("\n")) {
      int pad = Math.max(0, (width - line.length()) / 2);
      lines.add(" ".repeat(pad) + line);
    }
  }

  /** Settings for a {@link PlainTextRenderer}. */
  public static final class Builder {
    private int width = 72;
    private boolean lineNumbers;
    private int pageLines;
    private boolean clean;

    private Builder() {}

    /**
     * The document as it would be introduced: title block with number and sponsors, recitals, enacting formula,
     * the clauses' words and the attestation, without the kind, modality, scope, exception, condition and source
     * lines. Off by default: the annotated view is the staff view.
     *
     * @param on whether to leave the annotations out
     * @return this builder
     */
    public Builder clean(boolean on) {
      this.clean = on;
      return this;
    }

    /**
     * Line width in characters, margin included, at least 40; 72 by default, as on a printed page.
     *
     * @param columns the width
     * @return this builder
     * @throws IllegalArgumentException for fewer than 40 columns
     */
    public Builder width(int columns) {
      if (columns < 40) {
        throw new IllegalArgumentException("width must be at least 40 columns, not " + columns);
      }
      this.width = columns;
      return this;
    }

    /**
     * Numbers every line in a left margin of six columns (per page when pages are on).
     *
     * @param on whether to number lines; off by default
     * @return this builder
     */
    public Builder lineNumbers(boolean on) {
      this.lineNumbers = on;
      return this;
    }

    /**
     * Lines per page, header included; each page after the first starts with a form feed. 0 (the default)
     * means one long page without a header; otherwise at least 10.
     *
     * @param lines lines per page, or 0
     * @return this builder
     * @throws IllegalArgumentException for 1 to 9 lines
     */
    public Builder pageLines(int lines) {
      if (lines != 0 && lines < 10) {
        throw new IllegalArgumentException("a page must hold at least 10 lines, not " + lines);
      }
      this.pageLines = lines;
      return this;
    }

    /**
     * A renderer with these settings.
     *
     * @return the renderer, immutable and thread-safe
     */
    public PlainTextRenderer build() {
      return new PlainTextRenderer(this);
    }
  }
}
