package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.haven.core.model.Clause;
import dev.haven.core.vocab.Status;

/**
 * Any bytes, as a web page and as text: the importer drafts a valid set whose every text is in the input, or
 * refuses with an {@link ImportException} (its documented input error). Anything else is a bug.
 */
class ImporterFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void anyBytesAreDraftedOrRefused(byte[] input) {
    for (InputFormat format : InputFormat.values()) {
      ImportResult result;
      try {
        result = new Importer().importBytes("fuzz", input, format, ImportOptions.DEFAULTS);
      } catch (ImportException refused) {
        continue;
      }
      assertEquals(Status.DRAFT, result.set().status());
      assertEquals(result.set().clauses().size(), result.clauses().size());
      for (Clause c : result.set().clauses()) {
        assertTrue(!c.text().isBlank(), c.id());
      }
    }
  }
}
