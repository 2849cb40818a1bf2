package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.importer.internal.RuleBook.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screen only ever spares a rule's pattern a text it cannot match: on every real sentence the importer reads and
 * on random patterns of every construct the rules use, a pattern that finds a match was let through.
 */
class RuleScreenTest {

  @Test
  void everyBundledRuleThatMatchesARealSentenceIsLetThrough() throws IOException {
    RuleBook book = RuleBook.defaults();
    List<Rule> rules = allRules(book);
    int screenedOut = 0;
    int checked = 0;
    for (String sentence : sentences()) {
      for (String variant : List.of(sentence, sentence.toUpperCase(Locale.ROOT))) {
        RuleBook.Screen screen = book.screen(variant);
        for (Rule r : rules) {
          boolean matches = r.pattern().matcher(variant).find();
          boolean let = screen.mayMatch(r);
          assertTrue(!matches || let, () -> r.id() + " matches but was screened out: " + variant);
          screenedOut += let ? 0 : 1;
          checked++;
        }
      }
    }
    // the screen must also do its job: most rules cannot match most sentences
    assertTrue(screenedOut > checked / 2, screenedOut + " of " + checked + " screened out");
  }

  @Test
  void randomPatternsThatMatchRandomTextsAlwaysHaveTheirLiteralsThere() {
    Random random = new Random(20261207);
    String[] words = {"shall", "not", "ice", "Detain", "funds", "may", "ß", "K", "\u212a", "'"};
    for (int round = 0; round < 3000; round++) {
      String regex = pattern(random, words, 3);
      Pattern compiled = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      var literals = RequiredLiterals.of(regex);
      if (literals.isEmpty()) {
        continue;
      }
      LiteralScanner scanner = new LiteralScanner();
      literals.get().forEach(scanner::add);
      scanner.build();
      for (int t = 0; t < 20; t++) {
        StringBuilder text = new StringBuilder();
        for (int w = random.nextInt(6); w >= 0; w--) {
          text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
        }
        String s = random.nextBoolean() ? text.toString() : text.toString().toUpperCase(Locale.ROOT);
        if (compiled.matcher(s).find()) {
          assertTrue(!scanner.scan(s).isEmpty(), () -> regex + " matches \"" + s + "\" without " + literals.get());
        }
      }
    }
  }

  /** A random pattern over a few words, with the constructs rules.yaml uses. */
  private static String pattern(Random random, String[] words, int depth) {
    StringBuilder out = new StringBuilder();
    for (int parts = 1 + random.nextInt(3); parts > 0; parts--) {
      int choice = depth == 0 ? random.nextInt(3) : random.nextInt(9);
      String part = switch (choice) {
        case 0 -> words[random.nextInt(words.length)];
        case 1 -> "\\s*";
        case 2 -> "[sz]";
        case 3 -> "(?:" + pattern(random, words, depth - 1) + "|" + pattern(random, words, depth - 1) + ")";
        case 4 -> "(?:" + pattern(random, words, depth - 1) + ")?";
        case 5 -> "(?:" + pattern(random, words, depth - 1) + "){1,2}";
        case 6 -> "(?=" + pattern(random, words, depth - 1) + ")";
        case 7 -> "(?<!\\w)" + pattern(random, words, depth - 1);
        default -> "(" + pattern(random, words, depth - 1) + ")+";
      };
      out.append(part);
    }
    return out.toString();
  }

  private static List<Rule> allRules(RuleBook book) {
    List<Rule> out = new ArrayList<>(book.ignore);
    book.modality.forEach(m -> out.add(m.rule()));
    out.addAll(book.carveOuts);
    out.addAll(book.exceptionOpeners);
    book.grounds.values().forEach(out::addAll);
    book.kinds.values().forEach(out::addAll);
    book.provisions.values().forEach(out::addAll);
    book.headings.values().forEach(out::addAll);
    book.values.values().forEach(f -> f.values().forEach(v -> v.values().forEach(out::addAll)));
    book.actors.values().forEach(out::addAll);
    return out;
  }

  /** The sentences of every labelled document. */
  private static List<String> sentences() throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("labelled"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        for (String s : Files.readString(f).split("(?<=[.;:])\\s+|\\n\\s*\\n")) {
          if (!s.isBlank()) {
            out.add(s.strip().replaceAll("\\s+", " "));
          }
        }
      }
    }
    return out;
  }
}
