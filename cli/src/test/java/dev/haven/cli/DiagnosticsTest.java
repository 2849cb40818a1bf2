package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  private static final String BAD = "../core/src/test/resources/invalid/06-value-outside-vocabulary.yaml";

  @Test
  void onATerminalTheOffendingLineIsShownWithACaretUnderTheColumn() {
    CliRun run = CliRun.with(new Terminal(true, false), List.of(), "validate", BAD);
    List<String> lines = run.err().lines().toList();
    assertEquals(3, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith(BAD + ":16:12: error: 'inquiry' is not a known value"));
    assertEquals("   16 |     acts: [inquiry, disclose]", lines.get(1));
    assertEquals("      |            ^", lines.get(2));
  }

  @Test
  void inAPipeOnlyTheDiagnosticLinesArePrinted() {
    CliRun run = CliRun.of("validate", BAD);
    assertEquals(1, run.err().lines().count());
    assertFalse(run.err().contains("\u001b["));
  }

  @Test
  void colourIsUsedOnlyWhenTheTerminalWantsIt() {
    CliRun run = CliRun.with(new Terminal(true, true), List.of(), "validate", BAD);
    assertTrue(run.err().contains("\u001b[1;31merror:\u001b[0m"), run.err());
  }

  @Test
  void noColorAndDumbTerminalsTurnColourOff() {
    assertTrue(Terminal.detect(true, Map.of()).color());
    assertFalse(Terminal.detect(true, Map.of("NO_COLOR", "1")).color());
    assertFalse(Terminal.detect(true, Map.of("TERM", "dumb")).color());
    assertFalse(Terminal.detect(false, Map.of()).color());
    assertTrue(Terminal.detect(true, Map.of("NO_COLOR", "")).color(), "an empty NO_COLOR does not count");
  }
}
