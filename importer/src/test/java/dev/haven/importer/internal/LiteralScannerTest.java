package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralScannerTest {

  @Test
  void findsOverlappingAndNestedLiterals() {
    LiteralScanner scanner = new LiteralScanner();
    int he = scanner.add("he");
    int she = scanner.add("she");
    int his = scanner.add("his");
    int hers = scanner.add("hers");
    scanner.build();
    BitSet found = scanner.scan("USHERS");
    assertEquals(true, found.get(he));
    assertEquals(true, found.get(she));
    assertEquals(false, found.get(his));
    assertEquals(true, found.get(hers));
  }

  @Test
  void findsWhatSearchingForEachLiteralFindsOnManyDifferentTexts() {
    Random random = new Random(7);
    String alphabet = "abcs ";
    for (int round = 0; round < 200; round++) {
      LiteralScanner scanner = new LiteralScanner();
      List<String> literals = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        String literal = text(random, alphabet, 1 + random.nextInt(4)).toLowerCase(Locale.ROOT);
        if (!literals.contains(literal)) {
          literals.add(literal);
          scanner.add(literal);
        }
      }
      scanner.build();
      String text = text(random, alphabet + "ABC", random.nextInt(40));
      BitSet found = scanner.scan(text);
      for (int i = 0; i < literals.size(); i++) {
        assertEquals(text.toLowerCase(Locale.ROOT).contains(literals.get(i)), found.get(i),
            literals.get(i) + " in \"" + text + "\"");
      }
    }
  }

  private static String text(Random random, String alphabet, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
