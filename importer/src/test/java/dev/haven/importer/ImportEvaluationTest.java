package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * `haven import` against the hand-encoded corpus the rules were developed on: a guard against regressions (the test
 * fails when the figures fall below the floors), not a measure of documents never seen, which the labelled test
 * split is ({@code ImportFiguresTest}). {@code -Dhaven.import.report=true} prints the figures, the unpaired clauses
 * and the pairs that differ.
 */
class ImportEvaluationTest {

  private static ImportEvaluation evaluation;

  @BeforeAll
  static void evaluate() {
    evaluation = ImportEvaluation.run().score();
    if (Boolean.getBoolean("haven.import.report")) {
      // -Dhaven.import.report=true: what a person tuning rules.yaml reads next
      System.out.println(evaluation.table() + "\nUnpaired:\n" + String.join("\n", evaluation.unpaired)
          + "\nKinds that differ:\n" + String.join("\n", evaluation.disagreements)
          + "\nModalities that differ:\n" + String.join("\n", evaluation.modalityDisagreements));
    }
  }

  /**
   * The floors are the first run on the labelled corpus as it now stands (kind F1 0.652, modality 0.839, grounds
   * 0.811), rounded down: a guard against regressions, not an aim. They were last reset when the corpus gained the
   * original wording of San Francisco's 12H.2, its 2016 rule on telling ICE of people in custody and the Dane County
   * Sheriff's 2021 clause (the labels changed, not the importer).
   */
  @Test
  void kindsModalitiesAndExceptionGroundsStayAtLeastAsGoodAsOnTheCorrectedCorpusFirstRun() {
    assertTrue(evaluation.f1() >= 0.65, evaluation.table());
    assertTrue(evaluation.modalityAccuracy() >= 0.83, evaluation.table());
    assertTrue(evaluation.groundRecall() >= 0.81, evaluation.table());
  }
}
