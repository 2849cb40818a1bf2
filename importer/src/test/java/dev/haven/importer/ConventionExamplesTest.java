package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.haven.core.model.Clause;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.Modality;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of {@code conventions.md}: a text written to show one drafting convention, and the kinds,
 * modalities, provision types or locators its drafted clauses must have, in order.
 */
class ConventionExamplesTest {

  private static final String RESOURCE = "conventions.md";
  private static final Pattern EXPECTATION =
      Pattern.compile("^(kinds|modalities|provisions|locators|openings):\\s*(.*)$");

  /** One example: its title, its input, whether the input is a web page, and what its clauses must have. */
  record Example(String title, String input, boolean html, Map<String, List<String>> expected) {}

  /** What each expectation reads from a drafted set, one entry per clause. */
  private static final Map<String, Function<ImportResult, List<String>>> READ = Map.of(
      "kinds", r -> r.set().clauses().stream().map(c -> c.kind().wireName()).toList(),
      "modalities", r -> r.set().clauses().stream().map(c -> c.modality().map(Modality::wireName).orElse("-"))
          .toList(),
      "provisions", r -> r.set().clauses().stream().map(ConventionExamplesTest::provision).toList(),
      "locators", r -> r.clauses().stream().map(ImportedClause::locator).toList(),
      "openings", r -> r.set().clauses().stream().map(c -> opening(c.text())).toList());

  /** A clause's first three words: where its text starts. */
  private static String opening(String text) {
    String[] words = text.strip().split("\\s+");
    return String.join(" ", Arrays.copyOf(words, Math.min(3, words.length)));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleDraftsAsItsExpectationsSay() throws IOException {
    return examples().stream().map(e -> DynamicTest.dynamicTest(e.title(), () -> {
      ImportResult result = draft(e);
      e.expected().forEach((what, values) -> assertEquals(values, READ.get(what).apply(result), what));
    }));
  }

  @TestFactory
  Stream<DynamicTest> everyExampleQuotesItsInputVerbatim() throws IOException {
    return examples().stream().map(e -> DynamicTest.dynamicTest(e.title(), () -> {
      ImportResult result = draft(e);
      VerbatimSpans.assertQuoted(result, VerbatimSpans.visibleText(e.input(), e.html()), e.title());
    }));
  }

  @Test
  void everyExampleHasAnInputAndSomethingToCheck() throws IOException {
    List<Example> examples = examples();
    assertFalse(examples.isEmpty(), "no examples in " + RESOURCE);
    for (Example e : examples) {
      assertFalse(e.input().isBlank(), e.title() + ": no input");
      assertFalse(e.expected().isEmpty(), e.title() + ": nothing to check");
    }
  }

  private static ImportResult draft(Example e) {
    return new Importer().importBytes(e.html() ? "page.html" : "ordinance.txt",
        e.input().getBytes(StandardCharsets.UTF_8), e.html() ? InputFormat.HTML : InputFormat.TEXT,
        ImportOptions.DEFAULTS.withJurisdiction("City of Example, Oregon"));
  }

  private static String provision(Clause c) {
    return c instanceof GeneralProvision g ? g.provision().map(p -> p.wireName()).orElse("-") : "-";
  }

  static List<Example> examples() throws IOException {
    try (InputStream in = ConventionExamplesTest.class.getResourceAsStream(RESOURCE)) {
      assertNotNull(in, RESOURCE + " is missing from the test classpath");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  /** "## title", then indented input lines (blank lines between them belong to it), "as: html" and expectations. */
  static List<Example> parse(String text) {
    List<Example> out = new ArrayList<>();
    List<String> lines = Arrays.asList(text.split("\n", -1));
    int i = 0;
    while (i < lines.size()) {
      if (!lines.get(i).startsWith("## ")) {
        i++;
        continue;
      }
      String title = lines.get(i).substring(3).strip();
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).startsWith("## ")) {
        end++;
      }
      List<String> body = lines.subList(i + 1, end);
      int first = -1;
      int last = -1;
      for (int j = 0; j < body.size(); j++) {
        if (body.get(j).startsWith("    ")) {
          first = first < 0 ? j : first;
          last = j;
        }
      }
      StringBuilder input = new StringBuilder();
      for (int j = first; first >= 0 && j <= last; j++) {
        input.append(body.get(j).length() >= 4 ? body.get(j).substring(4) : "").append('\n');
      }
      boolean html = false;
      Map<String, List<String>> expected = new LinkedHashMap<>();
      for (String line : body) {
        if (line.strip().equals("as: html")) {
          html = true;
        }
        Matcher m = EXPECTATION.matcher(line);
        if (m.matches()) {
          expected.put(m.group(1), m.group(2).isBlank() ? List.of() : List.of(m.group(2).split("\\s+\\|\\s+")));
        }
      }
      out.add(new Example(title, input.toString(), html, expected));
      i = end;
    }
    return out;
  }
}
