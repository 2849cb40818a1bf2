package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.importer.labelled.LabelledDocument;
import dev.haven.importer.labelled.LabelledEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The importer's figures on the labelled splits, as docs/import.md reports them: cross-validated on train, then
 * dev, then the frozen test split. The test fails when the figures change and the page was not updated (run with
 * {@code -Dhaven.golden.update=true} to rewrite the table), and when every draft does not quote its input.
 */
class ImportFiguresTest {

  private static final Path DOC = Path.of("..", "docs", "import.md");
  private static final String START = "<!-- figures:start -->\n";
  private static final String END = "<!-- figures:end -->";
  private static String table;
  private static LabelledEvaluation test;

  @BeforeAll
  static void evaluate() {
    LabelledEvaluation train = LabelledEvaluation.of(LabelledDocument.split("train"), LabelledEvaluation::shipped);
    LabelledEvaluation dev = LabelledEvaluation.of(LabelledDocument.split("dev"), LabelledEvaluation::shipped);
    test = LabelledEvaluation.of(LabelledDocument.split("test"), LabelledEvaluation::shipped);
    LabelledEvaluation cv = ClassifierTrainingTest.crossValidated();
    Importer deciding = Importer.learning(ClassifierTraining.train(LabelledDocument.split("train")).reading());
    LabelledEvaluation devLearned = LabelledEvaluation.of(LabelledDocument.split("dev"),
        d -> deciding.importFile(d.text(), ImportOptions.DEFAULTS));
    LabelledEvaluation testLearned = LabelledEvaluation.of(LabelledDocument.split("test"),
        d -> deciding.importFile(d.text(), ImportOptions.DEFAULTS));
    table = LabelledEvaluation.HEADER.replace("| Split |", "| Who decides | Split |")
        .replace("\n| --- |", "\n| --- | --- |")
        + train.row("rules (shipped) | train, developed on") + "\n" + dev.row("rules (shipped) | dev") + "\n"
        + test.row("rules (shipped) | test (frozen)") + "\n"
        + cv.row("classifier | train, 5-fold cross-validated") + "\n" + devLearned.row("classifier | dev") + "\n"
        + testLearned.row("classifier | test (frozen)") + "\n";
    if (Boolean.getBoolean("haven.import.report")) {
      System.out.println(table + "\ndev:\n" + String.join("\n", dev.disagreements) + "\n"
          + String.join("\n", dev.missed) + "\ntrain:\n" + String.join("\n", train.missed) + "\ncv:\n"
          + String.join("\n", cv.disagreements) + "\nmodality, dev and train:\n"
          + String.join("\n", dev.modalityDisagreements) + "\n" + String.join("\n", train.modalityDisagreements)
          + "\ngrounds, dev and train:\n" + String.join("\n", dev.groundsMissed) + "\n"
          + String.join("\n", train.groundsMissed));
    }
  }

  @Test
  void everyDraftedClauseQuotesItsDocument() {
    assertEquals(test.quotable, test.verbatim, "drafts that do not quote their input");
  }

  @Test
  void docsImportShowsTheCurrentFigures() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertTrue(start >= 0 && end > start, "docs/import.md needs the figures markers");
    if (Boolean.getBoolean("haven.golden.update")) {
      Files.writeString(DOC, doc.substring(0, start + START.length()) + table + doc.substring(end));
      return;
    }
    assertEquals(table, doc.substring(start + START.length(), end),
        "docs/import.md is out of date; run with -Dhaven.golden.update=true and review the change");
  }
}
