package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.importer.labelled.LabelledDocument;
import dev.haven.importer.labelled.LabelledEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classifiers that ship are the ones the train split trains, byte for byte: run with
 * {@code -Dhaven.golden.update=true} to train them again after the labels, the features or the rules change.
 */
class ClassifierTrainingTest {

  static final Path RESOURCES = Path.of("src", "main", "resources", "dev", "haven", "importer");

  @Test
  void theShippedModelsAreWhatTheTrainSplitTrains() throws IOException {
    ClassifierTraining.Models models = ClassifierTraining.train(LabelledDocument.split("train"));
    Path kinds = RESOURCES.resolve("kind-model.tsv");
    Path modalities = RESOURCES.resolve("modality-model.tsv");
    if (Boolean.getBoolean("haven.golden.update")) {
      Files.writeString(kinds, models.kinds().write());
      Files.writeString(modalities, models.modalities().write());
    }
    assertEquals(models.kinds().write(), Files.readString(kinds), "run with -Dhaven.golden.update=true");
    assertEquals(models.modalities().write(), Files.readString(modalities), "run with -Dhaven.golden.update=true");
  }

  /** Five folds of the train split by document: each fold drafted by models trained on the other four. */
  static LabelledEvaluation crossValidated() {
    List<LabelledDocument> train = LabelledDocument.split("train");
    LabelledEvaluation total = new LabelledEvaluation();
    for (int fold = 0; fold < 5; fold++) {
      List<LabelledDocument> in = new ArrayList<>();
      List<LabelledDocument> out = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        (i % 5 == fold ? out : in).add(train.get(i));
      }
      Importer importer = Importer.learning(ClassifierTraining.train(in).reading());
      total.add(LabelledEvaluation.of(out, d -> importer.importFile(d.text(), ImportOptions.DEFAULTS)));
    }
    return total;
  }
}
