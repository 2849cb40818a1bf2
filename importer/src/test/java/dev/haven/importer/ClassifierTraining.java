package dev.haven.importer;

import dev.haven.importer.internal.ClauseFeatures;
import dev.haven.importer.internal.DraftClause;
import dev.haven.importer.internal.LearnedReading;
import dev.haven.importer.internal.LogisticModel;
import dev.haven.importer.labelled.LabelledDocument;
import dev.haven.importer.labelled.LabelledDocument.Label;
import dev.haven.importer.labelled.LabelledEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the importer's classifiers on labelled documents: each document is drafted by the rules alone, each draft
 * is paired with the labelled provision whose words it holds most of (as the evaluation pairs them), and the pair's
 * kind and modality are what the draft's features should predict. A draft that matches no provision of a document
 * whose labels are complete teaches the kind model the class "none".
 */
final class ClassifierTraining {

  static final int EPOCHS = 300;
  static final double RATE = 1.0;
  static final double L2 = 0.01;
  /**
   * The prior weight of the rules' own choice for the class they chose: how far the models trust the rules before
   * the data says otherwise. Chosen with {@link #L2} by cross-validation on train (docs/import.md).
   */
  static final double TRUST_IN_RULES = 4.0;

  /** The kind model and the modality model. */
  record Models(LogisticModel kinds, LogisticModel modalities) {
    LearnedReading reading() {
      return new LearnedReading(kinds, modalities, true);
    }
  }

  private ClassifierTraining() {}

  static Models train(List<LabelledDocument> docs) {
    List<List<String>> kindX = new ArrayList<>();
    List<String> kindY = new ArrayList<>();
    List<List<String>> modalityX = new ArrayList<>();
    List<String> modalityY = new ArrayList<>();
    for (LabelledDocument doc : docs) {
      List<DraftClause> drafts = new ArrayList<>();
      try {
        Importer.rulesOnly(drafts::addAll).importFile(doc.text(), ImportOptions.DEFAULTS);
      } catch (ImportException e) {
        continue; // nothing drafted: nothing to learn from
      }
      Label[] paired = pair(drafts, doc.provisions());
      for (int d = 0; d < drafts.size(); d++) {
        List<String> features = ClauseFeatures.of(drafts.get(d));
        if (paired[d] != null) {
          kindX.add(features);
          kindY.add(paired[d].kind().wireName());
          modalityX.add(features);
          modalityY.add(paired[d].modality().map(m -> m.wireName()).orElse(LearnedReading.NONE));
        } else if (doc.complete()) {
          kindX.add(features);
          kindY.add(LearnedReading.NONE);
        }
      }
    }
    return new Models(
        LogisticModel.train(kindX, kindY, LearnedReading.kindClasses(), EPOCHS, RATE, L2,
            rulesPrior("rules-kind:", LearnedReading.kindClasses())),
        LogisticModel.train(modalityX, modalityY, LearnedReading.modalityClasses(), EPOCHS, RATE, L2,
            rulesPrior("rules-modality:", LearnedReading.modalityClasses())));
  }

  /** The prior that trusts the rules' choice: the feature {@code prefix + class} weighs for that class. */
  static Map<String, double[]> rulesPrior(String prefix, List<String> classes) {
    Map<String, double[]> prior = new TreeMap<>();
    for (int c = 0; c < classes.size(); c++) {
      double[] w = new double[classes.size()];
      w[c] = TRUST_IN_RULES;
      prior.put(prefix + classes.get(c), w);
    }
    return prior;
  }

  /** For each draft, the label it is paired with, or null. */
  private static Label[] pair(List<DraftClause> drafts, List<Label> labels) {
    int[] labelOf = LabelledEvaluation.pairing(drafts.stream()
        .map(d -> LabelledEvaluation.words(String.join(" ", d.provision().leadIns()) + " " + d.text())).toList(),
        labels);
    Label[] out = new Label[drafts.size()];
    for (int d = 0; d < out.length; d++) {
      out[d] = labelOf[d] < 0 ? null : labels.get(labelOf[d]);
    }
    return out;
  }
}
