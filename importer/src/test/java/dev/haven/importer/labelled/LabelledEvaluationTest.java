package dev.haven.importer.labelled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.Modality;
import dev.haven.importer.labelled.LabelledDocument.Label;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledEvaluationTest {

  @Test
  void aSetsRecitalsAreTheFramingProvisionTheLabelsMakeOfThem(@TempDir Path dir) throws IOException {
    Path text = Files.writeString(dir.resolve("resolution.txt"), """
        RESOLUTION NO. 12

        WHEREAS, the City serves every resident alike; and

        WHEREAS, trust between residents and the police keeps the City safe;

        NOW, THEREFORE, BE IT RESOLVED by the City Council as follows:

        Section 1. No officer shall hold a person on an immigration detainer.
        """);
    LabelledDocument doc = new LabelledDocument("resolution", text, true, Optional.empty(), List.of(
        new Label(ClauseKind.GENERAL_PROVISION, Optional.empty(), Set.of(),
            "WHEREAS, the City serves every resident alike; and … WHEREAS, trust between residents and the police"
                + " keeps the City safe;"),
        new Label(ClauseKind.DETAINER_LIMIT, Optional.of(Modality.PROHIBITION), Set.of(),
            "No officer shall hold a person on an immigration detainer.")));

    LabelledEvaluation e = LabelledEvaluation.of(List.of(doc), LabelledEvaluation::shipped);

    assertEquals(List.of(), e.missed);
    assertEquals(2, e.drafted);
    assertEquals(2, e.kindsRight);
    assertEquals(2, e.verbatim);
  }
}
