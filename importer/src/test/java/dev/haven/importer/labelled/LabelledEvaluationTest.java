package dev.haven.importer.labelled;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints the importer's figures on each split, for docs/import.md. */
class LabelledEvaluationTest {

  @Test
  void importerFiguresOnEachSplit() {
    StringBuilder out = new StringBuilder(LabelledEvaluation.HEADER);
    for (String split : List.of("train", "dev", "test")) {
      LabelledEvaluation e = LabelledEvaluation.of(LabelledDocument.split(split), LabelledEvaluation::shipped);
      out.append(e.row(split)).append('\n');
      if (Boolean.getBoolean("haven.import.report")) {
        System.out.println(split + " failures: " + e.failures + "\n" + String.join("\n", e.disagreements));
      }
    }
    System.out.println(out);
  }
}
