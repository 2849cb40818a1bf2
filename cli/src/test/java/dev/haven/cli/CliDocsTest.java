package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * docs/cli.md against the real commands, so the page cannot go stale: every command has a section, and each
 * section names exactly the options its command has (--help, --version and --verbose aside).
 */
class CliDocsTest {

  private static final Path DOC = Path.of("..", "docs", "cli.md");
  private static final Set<String> EVERYWHERE = Set.of("--help", "--version", "--verbose");
  private static final Pattern OPTION = Pattern.compile("(?<![\\w-])(--[a-z][a-z-]*|-o)(?![\\w-])");

  /** A Markdown link or a bare address that leaves the repository ({@code ](https://...)}, {@code <http://...>}). */
  private static final Pattern OUTSIDE_LINK = Pattern.compile("\\]\\(\\s*https?:|<https?:");

  @Test
  void theDocsLinkOnlyToFilesOfTheRepository() throws IOException {
    java.util.List<Path> docs = new java.util.ArrayList<>(java.util.List.of(Path.of("..", "README.md")));
    try (Stream<Path> files = Files.list(Path.of("..", "docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).forEach(docs::add);
    }
    java.util.List<String> found = new java.util.ArrayList<>();
    for (Path doc : docs) {
      java.util.List<String> lines = Files.readAllLines(doc);
      for (int i = 0; i < lines.size(); i++) {
        if (OUTSIDE_LINK.matcher(lines.get(i)).find() || lines.get(i).contains("shared/")) {
          found.add(doc.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
        }
      }
    }
    assertEquals(java.util.List.of(), found);
  }

  @TestFactory
  Stream<DynamicTest> everyCommandsSectionNamesItsOptions() throws IOException {
    String doc = Files.readString(DOC);
    CommandLine all = HavenCli.everyCommand(Terminal.PIPE);
    return all.getSubcommands().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      String section = section(doc, e.getKey());
      assertTrue(!section.isEmpty(), "docs/cli.md has no section '## `haven " + e.getKey() + " ...`'");
      assertEquals(options(e.getValue().getCommandSpec()), named(section),
          "docs/cli.md's options for haven " + e.getKey() + " (actual) differ from --help's (expected)");
    }));
  }

  /** The text from the command's heading to the next heading. */
  private static String section(String doc, String command) {
    Matcher start = Pattern.compile("(?m)^## `haven " + command + "\\b.*$").matcher(doc);
    if (!start.find()) {
      return "";
    }
    int end = doc.indexOf("\n## ", start.end());
    return doc.substring(start.start(), end < 0 ? doc.length() : end);
  }

  private static Set<String> options(CommandSpec spec) {
    Set<String> out = new TreeSet<>();
    for (OptionSpec o : spec.options()) {
      String longest = Arrays.stream(o.names()).filter(n -> n.startsWith("--")).findFirst().orElse(o.names()[0]);
      if (!EVERYWHERE.contains(longest)) {
        out.add(longest.equals("--output") ? "-o" : longest);
      }
    }
    return out;
  }

  private static Set<String> named(String section) {
    Set<String> out = new TreeSet<>();
    Matcher m = OPTION.matcher(section);
    while (m.find()) {
      String name = m.group(1).equals("--output") ? "-o" : m.group(1);
      if (!EVERYWHERE.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

}
