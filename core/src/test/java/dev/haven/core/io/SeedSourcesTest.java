package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Source;
import dev.haven.core.model.SourceRef;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.testing.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus says what its sources say: every clause that is not marked as a paraphrase is verbatim in the text
 * of the document it cites (a lead-in joined to its item, and an editor's {@code [...]}, allowed), every quote is
 * in its source, every locator's section number occurs there, and every source has a URL or says why not.
 * {@code seeds/sources/documents.tsv} says which file holds each cited document.
 */
class SeedSourcesTest {

  private static final Path SOURCES = Fixtures.SEEDS.resolve("sources");
  private static final Path CORPUS = Fixtures.SEEDS.resolve("corpus");
  /** Section numbers as codes write them: 7284.6, 2-173-020, 12H.2, 2.15.010. */
  private static final Pattern SECTION = Pattern.compile("\\b\\d+[A-Z]?(?:[.-]\\d+[A-Z]?)+\\b");
  private static final Pattern PARAPHRASE = Pattern.compile("\\bparaphrase", Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> FILES = documents();
  private static final Map<String, SourceText> TEXTS = new HashMap<>();

  @TestFactory
  Stream<DynamicTest> everyCorpusSetMatchesItsSources() {
    return ClauseSetFiles.under(CORPUS).stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      ClauseSet set = Fixtures.load(file);
      List<String> wrong = new ArrayList<>();
      for (Source s : set.sources()) {
        if (s.url().isEmpty() && s.notes().isEmpty()) {
          wrong.add("source '" + s.id() + "' has neither a url nor notes saying why not");
        }
        if (!FILES.containsKey(set.id() + "\t" + s.id())) {
          wrong.add("source '" + s.id() + "' is not listed in seeds/sources/documents.tsv");
        }
      }
      for (Clause clause : set.clauses()) {
        clause.core().source().ifPresent(ref -> check(set, clause, ref, wrong));
      }
      assertEquals(List.of(), wrong);
    }));
  }

  private static void check(ClauseSet set, Clause clause, SourceRef ref, List<String> wrong) {
    String where = "clause '" + clause.id() + "'";
    boolean paraphrase = clause.core().notes().filter(n -> PARAPHRASE.matcher(n).find()).isPresent();
    Optional<String> file = Optional.ofNullable(FILES.get(set.id() + "\t" + ref.document())).filter(f -> !f.equals("-"));
    if (ref.locator().isEmpty()) {
      wrong.add(where + " has no locator");
    }
    if (file.isEmpty()) {
      if (!paraphrase) {
        wrong.add(where + " cites '" + ref.document() + "', whose text is not kept, and is not marked as paraphrase");
      }
      return;
    }
    String raw = read(file.get());
    SourceText text = TEXTS.computeIfAbsent(file.get(), f -> new SourceText(raw));
    if (!paraphrase && !text.containsJoined(clause.text())) {
      wrong.add(where + " is not marked as paraphrase but its text is not verbatim in " + file.get());
    }
    ref.quote().filter(q -> !text.containsQuote(q))
        .ifPresent(q -> wrong.add(where + " quotes words that are not in " + file.get() + ": " + q));
    ref.locator().ifPresent(locator -> {
      Matcher m = SECTION.matcher(locator);
      while (m.find()) {
        if (!raw.contains(m.group())) {
          wrong.add(where + " has locator '" + locator + "' but section " + m.group() + " is not in " + file.get());
        }
      }
    });
  }

  @Test
  void theVerbatimCheckAcceptsALeadInJoinedToItsItemAndRejectsAParaphrase() {
    SourceText source = new SourceText("(a) No agency shall: (1) stop a person (A) solely on the belief that the "
        + "person is not present legally; (B) based upon an administrative warrant.");
    assertEquals(true, source.containsJoined("No agency shall stop a person based upon an administrative warrant."));
    assertEquals(true, source.containsJoined("No agency shall stop a person solely on the bel[...]"));
    assertEquals(false, source.containsJoined("No agency shall arrest a person on an administrative warrant."));
    assertEquals(false, source.containsJoined("Based upon an administrative warrant, no agency shall stop a person."));
    assertEquals(false, source.containsQuote("No agency shall stop a person based upon an administrative warrant."));
  }

  private static String read(String file) {
    try {
      return Files.readString(SOURCES.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> documents() {
    Map<String, String> map = new HashMap<>();
    for (String line : read("documents.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3 || !(cols[2].equals("-") || Files.isRegularFile(SOURCES.resolve(cols[2])))) {
        throw new IllegalStateException("documents.tsv: bad line: " + line.toLowerCase(Locale.ROOT));
      }
      map.put(cols[0] + "\t" + cols[1], cols[2]);
    }
    return map;
  }
}
