package dev.haven.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;

/**
 * Any bytes, as YAML and as JSON: the reader either gives a valid set or problems with positions, and never
 * throws. A valid set written out reads back equal. Seeds: ClauseSetReaderFuzzTestInputs/ in the test resources;
 * docs/security.md says how to fuzz for longer.
 */
class ClauseSetReaderFuzzTest {

  private static final ClauseSetReader READER = new ClauseSetReader();

  @FuzzTest(maxDuration = "30s")
  void anyBytesAreReadOrRefusedWithProblems(byte[] input) {
    for (Syntax syntax : Syntax.values()) {
      LoadResult result = READER.read("fuzz." + syntax.name().toLowerCase(), input, syntax);
      assertEquals(result.isValid(), result.problems().isEmpty());
      assertEquals(result.isValid(), result.set().isPresent());
      result.problems().forEach(p -> assertFalse(p.message().isBlank()));
      if (result.isValid()) {
        String yaml = new ClauseSetWriter().toYaml(result.clauseSet());
        LoadResult again = READER.read("again.yaml", yaml, Syntax.YAML);
        assertTrue(again.isValid(), () -> again.problems() + "\n" + yaml);
        assertEquals(result.clauseSet(), again.clauseSet());
      }
    }
  }
}
