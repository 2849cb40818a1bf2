package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** `haven import` against the hand-encoded corpus: the figures docs/import.md reports. */
class ImportEvaluationTest {

  @Test
  void draftsOfTheCorpusSourcesAgreeWithTheHandEncoding() {
    ImportEvaluation e = ImportEvaluation.run().score();
    System.out.println(e.table());
    for (ImportEvaluation.Pair p : e.pairs) {
      if (p.gold().kind() != p.drafted().kind()) {
        System.out.println("KIND " + p.gold().kind().wireName() + " <- " + p.drafted().kind().wireName() + " | "
            + p.drafted().text().substring(0, Math.min(100, p.drafted().text().length())));
      }
    }
    e.unpaired.forEach(System.out::println);
    assertTrue(e.f1() >= 0, e.table());
  }
}
