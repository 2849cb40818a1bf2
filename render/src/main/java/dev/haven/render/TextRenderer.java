package dev.haven.render;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Condition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Party;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.WordUtils;

/**
 * A clause set as plain text for reading and printing: a title block, the recitals, then numbered clauses with
 * hanging indents, each followed by its exceptions, conditions and source. Notes for editors are left out.
 *
 * <pre>{@code
 * String text = TextRenderer.builder().width(72).build().render(set);
 * }</pre>
 */
public final class TextRenderer implements Renderer {

  private static final String HANG = "    ";

  private final int width;

  private TextRenderer(Builder builder) {
    this.width = builder.width;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String render(ClauseSet set) {
    List<String> lines = new ArrayList<>();
    titleBlock(set, lines);
    if (!set.recitals().isEmpty()) {
      lines.add("");
      set.recitals().forEach(r -> {
        lines.addAll(wrap(r, "", ""));
        lines.add("");
      });
      lines.remove(lines.size() - 1);
    }
    int number = 0;
    for (Clause clause : set.clauses()) {
      number++;
      lines.add("");
      clause(set, clause, number, lines);
    }
    return String.join("\n", lines) + "\n";
  }

  private void titleBlock(ClauseSet set, List<String> lines) {
    String place = set.jurisdiction().name().toUpperCase(Locale.ROOT)
        + set.jurisdiction().state().map(s -> ", " + s).orElse("");
    lines.add(center(place));
    set.body().ifPresent(b -> lines.add(center(b)));
    lines.add("");
    for (String line : WordUtils.wrap(set.title(), width - 8, "\n", false).split("\n")) {
      lines.add(center(line));
    }
    lines.add("");
    String kind = set.type().map(t -> capitalize(t.wireName().replace('-', ' '))).orElse("Instrument");
    lines.add(kind + ", " + set.status().wireName() + set.date().map(d -> " " + d).orElse("")
        + " (" + set.id() + ")");
  }

  private void clause(ClauseSet set, Clause clause, int number, List<String> lines) {
    String label = number + ".";
    String head = label + " ".repeat(Math.max(1, HANG.length() - label.length()))
        + clause.core().title().map(t -> t + ". ").orElse("");
    lines.addAll(wrap(clause.text(), head, HANG));
    lines.addAll(wrap("[" + clause.kind().wireName() + clause.modality().map(m -> "; " + m.wireName()).orElse("")
        + "; binds " + String.join(", ", clause.actors().stream().map(a -> actorName(set, a)).toList()) + "]",
        HANG, HANG + " "));
    for (Exemption e : clause.exceptions()) {
      lines.addAll(wrap(e.text().orElse("(no text)"), HANG + "Except (" + e.ground().wireName() + "): ",
          HANG + HANG));
    }
    for (Condition c : clause.conditions()) {
      String by = c.by().map(a -> " by " + actorName(set, a)).orElse("");
      lines.addAll(wrap(c.text().orElse("(no text)"), HANG + "Only with " + c.type().wireName().replace('-', ' ')
          + by + ": ", HANG + HANG));
    }
    clause.core().source().ifPresent(ref -> lines.addAll(wrap(source(set, ref), HANG + "Source: ", HANG + HANG)));
  }

  private static String source(ClauseSet set, SourceRef ref) {
    Optional<Source> source = set.sources().stream().filter(s -> s.id().equals(ref.document())).findFirst();
    StringBuilder sb = new StringBuilder(source.map(Source::title).orElse(ref.document()));
    source.flatMap(Source::publisher).ifPresent(p -> sb.append(" (").append(p).append(')'));
    ref.locator().ifPresent(l -> sb.append(", ").append(l));
    source.flatMap(Source::url).ifPresent(u -> sb.append(", ").append(u));
    return sb.toString();
  }

  private static String actorName(ClauseSet set, ActorKey key) {
    return Optional.ofNullable(set.parties().get(key)).map(Party::name)
        .orElseGet(() -> key.standard().map(Vocabulary::wireName).orElse(key.value()).replace('-', ' '));
  }

  /** Wraps {@code text} after {@code first}, continuing lines with {@code rest}; no line passes the width. */
  private List<String> wrap(String text, String first, String rest) {
    String body = text.strip().replaceAll("\\s+", " ");
    int indent = first.length() - first.stripLeading().length();
    // WordUtils drops a line's leading spaces and does not count the continuation prefix: indent the first
    // line afterwards, and wrap narrower by the prefix.
    String wrapped = WordUtils.wrap(first.stripLeading() + body, width - Math.max(indent, rest.length()),
        "\n" + rest, false);
    List<String> lines = new ArrayList<>(List.of(wrapped.split("\n")));
    lines.set(0, " ".repeat(indent) + lines.get(0));
    return lines;
  }

  private String center(String line) {
    int pad = Math.max(0, (width - line.length()) / 2);
    return " ".repeat(pad) + line;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Settings for a {@link TextRenderer}. */
  public static final class Builder {
    private int width = 72;

    private Builder() {}

    /** Line width in characters, at least 40; 72 by default, as on a printed page. */
    public Builder width(int columns) {
      if (columns < 40) {
        throw new IllegalArgumentException("width must be at least 40 columns, not " + columns);
      }
      this.width = columns;
      return this;
    }

    public TextRenderer build() {
      return new TextRenderer(this);
    }
  }
}
