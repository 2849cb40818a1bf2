package dev.haven.importer;

import dev.haven.core.io.BoundedRead;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Position;
import dev.haven.core.io.ReadLimits;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.template.SetIds;
import dev.haven.core.vocab.Level;
import dev.haven.importer.internal.BinaryInput;
import dev.haven.importer.internal.DraftClause;
import dev.haven.importer.internal.Drafter;
import dev.haven.importer.internal.HtmlSource;
import dev.haven.importer.internal.LearnedReading;
import dev.haven.importer.internal.LineNumbers;
import dev.haven.importer.internal.Metadata;
import dev.haven.importer.internal.Outline;
import dev.haven.importer.internal.PlainTextSource;
import dev.haven.importer.internal.Provision;
import dev.haven.importer.internal.RuleBook;
import dev.haven.importer.internal.SourceDocument;
import dev.haven.importer.internal.Verbatim;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Drafts a clause set from an ordinance's web page or plain text, by the transparent rules of
 * {@code rules.yaml}.
 *
 * <pre>{@code
 * ImportResult draft = new Importer().importFile(Path.of("chicago-2-173.html"), ImportOptions.DEFAULTS);
 * draft.clauses().stream().filter(ImportedClause::needsReview).forEach(c -> System.out.println(c.review()));
 * }</pre>
 *
 * <p>The result is a valid set with {@code status: draft}. Every clause's text is a verbatim span of the input
 * (runs of whitespace, line breaks included, collapsed to one space): nothing is reworded or invented. What the
 * rules cannot tell is left unset and said in the clause's notes. Nothing the input references is fetched.
 */
public final class Importer {

  /** Five or more one-letter words in a row: "B E I T R E S O L V E D". */
  private static final Pattern LETTER_SPACED = Pattern.compile("(?:\\b\\p{L}\\s){4,}\\p{L}\\b");

  /** Larger inputs are refused: an ordinance is a few hundred kilobytes; anything this large is not one. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  /** What the reader can do about a text with no provision, when the text shows why it has none. */
  private static String whyNoProvision(Outline outline) {
    if (LETTER_SPACED.matcher(outline.text()).find()) {
      return "; some of its words are spaced apart letter by letter (\"B E I T R E S O L V E D\"), as some PDF text"
          + " extractions print them: copy the text from the PDF with another tool and import that";
    }
    if (!outline.recitals().isEmpty()) {
      return "; it has " + outline.recitals().size() + " WHEREAS recital" + (outline.recitals().size() == 1 ? "" : "s")
          + " but nothing after them: is the operative part (RESOLVED, ORDAINED, the sections) missing from the input?";
    }
    return "";
  }

  private static final String INPUT_SOURCE = "input";

  private final RuleBook rules;
  private final Optional<LearnedReading> learned;
  /** Sees each input's drafts as the drafter gives them; the training of the classifiers reads the rules' drafts. */
  private final Consumer<List<DraftClause>> drafted;

  /** An importer with the rules that ship with Haven. */
  public Importer() {
    this(RuleBook.defaults());
  }

  private Importer(RuleBook rules) {
    this(rules, Optional.of(LearnedReading.bundled()), d -> { });
  }

  private Importer(RuleBook rules, Optional<LearnedReading> learned, Consumer<List<DraftClause>> drafted) {
    this.rules = rules;
    this.learned = learned;
    this.drafted = drafted;
  }

  /** An importer with the bundled rules and no classifier, that hands each input's drafts to {@code drafted}. */
  static Importer rulesOnly(Consumer<List<DraftClause>> drafted) {
    return new Importer(RuleBook.defaults(), Optional.empty(), drafted);
  }

  /** An importer with the bundled rules and the given classifiers. */
  static Importer learning(LearnedReading reading) {
    return new Importer(RuleBook.defaults(), Optional.of(reading), d -> { });
  }

  /**
   * An importer with other rules, in the format of the bundled {@code rules.yaml}.
   *
   * @param rulesYaml the rules file's bytes
   * @return an importer that drafts by those rules
   * @throws IllegalArgumentException naming the rule that is wrong
   */
  public static Importer withRules(byte[] rulesYaml) {
    return new Importer(RuleBook.read(rulesYaml));
  }

  /**
   * Imports a {@code .html}/{@code .htm} or {@code .txt} file.
   *
   * @param file the ordinance
   * @param options the jurisdiction and id, when not read from the input
   * @return the draft and how it was drafted
   * @throws ImportException when the file cannot be imported (its message says why and where)
   */
  public ImportResult importFile(Path file, ImportOptions options) {
    String origin = file.toString();
    InputFormat format = InputFormat.of(file).orElseThrow(() -> new ImportException(origin, Optional.empty(),
        "import reads .html, .htm or .txt files; name the file by what it holds"));
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ImportException(origin, Optional.empty(), "is a folder; import takes one file");
      }
      bytes = BoundedRead.of(file, MAX_BYTES);
    } catch (BoundedRead.TooLargeException e) {
      throw new ImportException(origin, Optional.empty(), "larger than " + MAX_BYTES / (1024 * 1024)
          + " MB; an ordinance is far smaller, so this is not one");
    } catch (NoSuchFileException e) {
      throw new ImportException(origin, Optional.empty(), "no such file");
    } catch (IOException e) {
      throw new ImportException(origin, Optional.empty(), "cannot be read: " + e.getMessage());
    }
    return importBytes(origin, bytes, format, options);
  }

  /**
   * Imports an ordinance held in memory.
   *
   * @param origin names the input in messages and notes (a file name: its extension is not consulted)
   * @param bytes the input: UTF-8 text, or a web page in any charset it declares
   * @param format how to read the bytes
   * @param options the jurisdiction and id, when not read from the input
   * @return the draft and how it was drafted
   * @throws ImportException when the input cannot be imported (its message says why and where)
   */
  public ImportResult importBytes(String origin, byte[] bytes, InputFormat format, ImportOptions options) {
    options.id().filter(i -> !dev.haven.core.model.ClauseSet.isWellFormedId(i)).ifPresent(i -> {
      throw new ImportException(origin, Optional.empty(), "--id " + i + ": a set id is lowercase letters, digits, "
          + "'-', '/' and '.', e.g. us-or-example-falls/welcoming-city");
    });
    if (bytes.length > MAX_BYTES) {
      throw new ImportException(origin, Optional.empty(), "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
    }
    BinaryInput.find(bytes).ifPresent(found -> {
      throw new ImportException(origin, Optional.of(found.position()), found.message());
    });
    SourceDocument document = format == InputFormat.HTML ? HtmlSource.read(bytes)
        : PlainTextSource.read(origin, bytes);
    if (document.lines().stream().allMatch(l -> l.text().isBlank())) {
      throw new ImportException(origin, Optional.of(Position.START), "has no text: the file is empty or blank");
    }
    Outline outline = Outline.of(document, text -> Drafter.isOperative(rules, text), rules::isEditorial);
    String fileName = Path.of(origin).getFileName() == null ? origin : Path.of(origin).getFileName().toString();
    Optional<String> firstHeading = document.lines().stream().filter(l -> l.heading()).map(l -> l.text())
        .findFirst().or(outline::firstHeading);
    // the enactment's own title says more than a web page's, which is often the site's or the section's name
    Optional<String> pageTitle = document.title();
    boolean siteTitle = outline.title().isEmpty() && pageTitle.filter(Metadata::namesASite).isPresent()
        && firstHeading.isPresent();
    String title = Metadata.title(outline.header(), outline.title().or(() -> siteTitle ? firstHeading : pageTitle),
        firstHeading, fileName);
    List<String> warnings = new ArrayList<>();
    // a code library's page title still names the place ("... | Berwyn, IL") when the section's heading is the title
    Optional<Metadata.Place> place = Metadata.place(options.jurisdiction(), outline.header(),
        siteTitle ? pageTitle.get() + " | " + title : title, outline.text());
    if (place.isEmpty()) {
      warnings.add("no jurisdiction named in the input: give one with --jurisdiction");
    }
    Metadata.Place where = place.orElse(new Metadata.Place("Unknown jurisdiction", Level.CITY, Optional.empty(),
        Optional.empty()));

    int longest = ReadLimits.DEFAULT.maxStringLength();
    for (Provision p : outline.provisions()) {
      if (p.end() - p.start() > longest) {
        // a clause set cannot hold it; one "sentence" of this size is a list or a page without punctuation
        throw new ImportException(origin, Optional.of(new Position(p.line(), 1)), "a provision of "
            + (p.end() - p.start()) + " characters, more than a clause set holds in one text (" + longest
            + "); break the input into sentences or sections");
      }
    }
    Drafter drafter = new Drafter(rules, where.level(), Metadata.agencyActor(where)).learning(learned);
    List<DraftClause> drafts = drafter.draft(outline);
    drafted.accept(drafts);
    if (drafts.isEmpty()) {
      throw new ImportException(origin, Optional.of(Position.START), "found no provision: no sentence with "
          + "shall, may, must, will not, prohibits or the like, and no findings, definitions or severability"
          + whyNoProvision(outline));
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("format", "haven/1");
    String stem = fileName.replaceFirst("\\.[A-Za-z]+$", "");
    Jurisdiction jurisdiction = new Jurisdiction(where.name(), where.level(), where.state(), "US",
        dev.haven.core.model.Extensions.NONE);
    String id = options.id().orElseGet(() -> SetIds.of(jurisdiction, SetIds.slug(stem).isEmpty() ? "imported"
        : SetIds.slug(stem)));
    tree.put("id", id);
    tree.put("title", title);
    Map<String, Object> j = new LinkedHashMap<>();
    j.put("name", where.name());
    j.put("level", where.level().wireName());
    where.state().ifPresent(s -> j.put("state", s));
    tree.put("jurisdiction", j);
    Metadata.type(title).ifPresent(t -> tree.put("type", t.wireName()));
    where.body().ifPresent(b -> tree.put("body", b));
    tree.put("status", "draft");
    List<Map<String, Object>> sources = new ArrayList<>();
    sources.add(Map.of("id", INPUT_SOURCE, "title", "the imported file, " + fileName));
    int n = 0;
    for (Metadata.Link link : Metadata.links(outline.header())) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", "source-" + ++n);
      s.put("title", link.title());
      s.put("url", link.url());
      sources.add(s);
    }
    tree.put("sources", sources);
    long toReview = drafts.stream().filter(DraftClause::needsReview).count();
    tree.put("notes", "Drafted by haven import from " + fileName + " with the rules of rules.yaml: "
        + drafts.size() + " clauses, " + toReview + " marked for review in their notes. Every clause's text is "
        + "a verbatim span of the input (whitespace collapsed); its kind, modality, actors and exceptions are the "
        + "rules' reading, to be checked against the source before the set leaves draft."
        + (warnings.isEmpty() ? "" : " " + String.join(" ", warnings)));
    if (!outline.recitals().isEmpty()) {
      tree.put("recitals", outline.recitals().stream().map(Verbatim::quote).toList());
    }
    List<Map<String, Object>> clauses = new ArrayList<>();
    List<ImportedClause> report = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Map<String, Integer> nextSuffix = new HashMap<>();
    String text = outline.text(); // a copy of the whole input: once, not once a clause
    for (DraftClause d : drafts) {
      String clauseId = uniqueId(d.provision(), ids, nextSuffix);
      clauses.add(clause(d, clauseId, Verbatim.quote(text.substring(d.start(), d.end()))));
      report.add(new ImportedClause(clauseId, d.kind(), d.provision().locator(), d.provision().line(),
          d.provision().leadIns(), d.fired(),
          d.review()));
    }
    tree.put("clauses", clauses);

    String yaml = new YAMLMapper().writeValueAsString(tree);
    LoadResult loaded = new ClauseSetReader().read(origin, yaml, Syntax.YAML);
    if (!loaded.isValid()) {
      // the drafter writes only values the rules file was checked against: this is a bug, not bad input
      throw new IllegalStateException("the draft of " + origin + " does not validate: " + loaded.problems()
          .stream().map(p -> p.position() + " " + p.message()).collect(Collectors.joining("; ")));
    }
    return new ImportResult(loaded.clauseSet(), report, outline.skipped() + drafter.skipped(), warnings);
  }

  /**
   * One clause as the set file has it.
   *
   * @param verbatim the clause's words as the input has them: {@code d.text()} with any line numbers of a bill's
   *     margin that the rules did not read
   */
  private static Map<String, Object> clause(DraftClause d, String id, String verbatim) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("id", id);
    c.put("kind", d.kind().wireName());
    if (d.kind() == ClauseKind.GENERAL_PROVISION) {
      c.put(GeneralProvision.PROVISION.name(), d.values().get(GeneralProvision.PROVISION.name()).get(0));
    }
    d.modality().ifPresent(m -> c.put("modality", m.wireName()));
    c.put("actors", d.actors());
    d.values().forEach((field, values) -> {
      if (!field.equals(GeneralProvision.PROVISION.name())) {
        boolean single = d.kind().field(field).map(f -> !f.isList()).orElse(false);
        c.put(field, single ? values.get(0) : values);
      }
    });
    if (!d.terms().isEmpty()) {
      List<Map<String, String>> terms = new ArrayList<>();
      d.terms().forEach((term, text) -> terms.add(Map.of("term", term, "text", LineNumbers.spanOf(text, verbatim))));
      c.put(GeneralProvision.TERMS.name(), terms);
    }
    c.put("text", verbatim);
    if (!d.exceptions().isEmpty()) {
      List<Map<String, String>> exceptions = new ArrayList<>();
      for (DraftClause.Ground g : d.exceptions()) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("ground", g.ground().wireName());
        e.put("text", LineNumbers.spanOf(g.text(), verbatim));
        exceptions.add(e);
      }
      c.put("exceptions", exceptions);
    }
    Map<String, String> source = new LinkedHashMap<>();
    source.put("document", INPUT_SOURCE);
    source.put("locator", d.provision().locator());
    c.put("source", source);
    c.put("notes", Verbatim.quote(notes(d))); // notes quote the input too, so without the list marks
    return c;
  }

  /** Where the clause came from, which rules fired, what to check. */
  private static String notes(DraftClause d) {
    Provision p = d.provision();
    StringBuilder notes = new StringBuilder("Imported from line ").append(p.line()).append('.');
    if (!p.leadIns().isEmpty()) {
      notes.append(" Read with its lead-in: \"").append(p.leadIns().get(p.leadIns().size() - 1)).append("\".");
    }
    notes.append(" Rules: ").append(d.fired().entrySet().stream()
        .map(e -> e.getKey() + " " + String.join(", ", e.getValue())).collect(Collectors.joining("; ")))
        .append('.');
    if (d.needsReview()) {
      notes.append(" Review: ").append(String.join("; ", d.review())).append('.');
    }
    return notes.toString();
  }

  /**
   * The provision's locator as an id, numbered on ("-2", "-3") when taken. {@code nextSuffix} remembers where each
   * base's numbering got to, so that ten thousand items of one locator do not each count up from 2.
   */
  private static String uniqueId(Provision p, Set<String> taken, Map<String, Integer> nextSuffix) {
    String base = SetIds.slug(p.locator());
    if (base.isEmpty()) {
      base = "clause";
    }
    if (Character.isDigit(base.charAt(0))) {
      base = "s" + base;
    }
    String id = base;
    int i = nextSuffix.getOrDefault(base, 2);
    while (!taken.add(id)) {
      id = base + "-" + i++;
    }
    nextSuffix.put(base, i);
    return id;
  }

}
