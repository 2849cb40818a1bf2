package dev.haven.importer.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.importer.labelled.LabelledDocument.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The labelled documents are what their README says: readable, quoted from their texts, the test split frozen. */
class LabelledDataTest {

  private static final List<String> SPLITS = List.of("train", "dev", "test");

  @Test
  void everyLabelQuotesItsDocumentPartByPartInOrder() {
    List<String> missing = new ArrayList<>();
    for (String split : SPLITS) {
      for (LabelledDocument doc : LabelledDocument.split(split)) {
        String text = doc.flatText();
        for (Label l : doc.provisions()) {
          int from = 0;
          for (String part : l.parts()) {
            int at = text.indexOf(LabelledDocument.flat(part), from);
            if (at < 0) {
              missing.add(split + "/" + doc.name() + ": " + part);
              break;
            }
            from = at + part.length();
          }
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theTestSplitHasAtLeastThirtyDocumentsAndNoneIsInAnotherSplit() {
    List<String> test = LabelledDocument.split("test").stream().map(LabelledDocument::name).toList();
    assertTrue(test.size() >= 30, test.size() + " test documents");
    for (String split : List.of("train", "dev")) {
      for (LabelledDocument doc : LabelledDocument.split(split)) {
        assertTrue(!test.contains(doc.name()), doc.name() + " is in test and " + split);
        assertTrue(doc.provisions().size() > 0, doc.name() + " has no labels");
      }
    }
  }

  @Test
  void aFamilyOfDocumentsIsInOneSplit() {
    Map<String, Set<String>> splitsByFamily = new TreeMap<>();
    for (String split : SPLITS) {
      for (LabelledDocument doc : LabelledDocument.split(split)) {
        doc.family().ifPresent(f -> splitsByFamily.computeIfAbsent(f, x -> new TreeSet<>()).add(split));
      }
    }
    assertTrue(splitsByFamily.size() > 0, "no document names its family");
    splitsByFamily.forEach((family, splits) -> assertEquals(1, splits.size(), family + " is in " + splits));
  }

  /**
   * A document that repeats a passage of a sentence's length from a document of another split is a copy of it (one
   * district's resolution adopted by another), whose family belongs in one split. Shorter runs are common legal
   * phrasing ("from communicating or cooperating with federal agencies or officials to verify or report the
   * immigration status of any alien", 19 words, is in three states' statutes).
   */
  @Test
  void noDocumentRepeatsAPassageOfADocumentInAnotherSplit() {
    int run = 30;
    Map<List<String>, String> firstSeen = new HashMap<>();
    Set<String> copies = new TreeSet<>();
    for (String split : SPLITS) {
      for (LabelledDocument doc : LabelledDocument.split(split)) {
        List<String> words = List.of(doc.flatText().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"));
        for (int i = 0; i + run <= words.size(); i++) {
          String where = split + "/" + doc.name();
          String before = firstSeen.putIfAbsent(words.subList(i, i + run), where);
          if (before != null && !before.startsWith(split + "/")) {
            copies.add(before + " and " + where);
          }
        }
      }
    }
    assertEquals(Set.of(), copies, "documents in different splits share a passage of " + run + " words");
  }

  @Test
  void theTestSplitIsTheOneItsChecksumsFroze() throws IOException, NoSuchAlgorithmException {
    Path root = LabelledDocument.ROOT;
    List<String> expected = Files.readAllLines(root.resolve("test.sha256"));
    List<String> actual = new ArrayList<>();
    try (Stream<Path> files = Files.list(root.resolve("test"))) {
      for (Path f : files.sorted().toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        actual.add(HexFormat.of().formatHex(digest) + "  test/" + f.getFileName());
      }
    }
    assertEquals(expected, actual, "importer/labelled/test changed: a change to the frozen split needs a reason in its"
        + " commit and a new test.sha256 (see importer/labelled/README.md)");
  }
}
