package dev.haven.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

class ClauseSetWriterTest {

  private final String yaml = new ClauseSetWriter().toYaml(Fixtures.valid("every-kind.yaml"));

  @Test
  void writesTopLevelFieldsInTheFormatsOrderWithExtensionsLast() {
    int[] at = {yaml.indexOf("format:"), yaml.indexOf("\nid:"), yaml.indexOf("\ntitle:"),
        yaml.indexOf("\njurisdiction:"), yaml.indexOf("\nstatus:"), yaml.indexOf("\nparties:"),
        yaml.indexOf("\nclauses:"), yaml.indexOf("\nx-review:")};
    for (int i = 1; i < at.length; i++) {
      assertTrue(at[i - 1] >= 0 && at[i - 1] < at[i], "field " + i + " out of order in\n" + yaml);
    }
  }

  @Test
  void leavesOutDefaultsSoThatFilesStayShort() {
    String minimal = new ClauseSetWriter().toYaml(Fixtures.valid("spec-example.yaml"));
    assertFalse(minimal.contains("country:"), "country US is the default");
    assertFalse(minimal.contains("counterparty:"), "no communication limit here to carry one");
    String status = new ClauseSetWriter().toYaml(Fixtures.load(Fixtures.SEEDS.resolve(
        "corpus/us-wi-madison/res-2017-safe-haven.yaml")));
    assertFalse(status.contains("counterparty: federal-immigration-authorities"), "the default counterparty");
    assertFalse(status.contains("subjects:"), "subjects [immigration-status] is the default");
  }

  @Test
  void keepsExtensionValuesWithTheirTypes() {
    assertTrue(yaml.contains("x-fips: \"5500000\""), yaml);
    assertTrue(yaml.contains("x-pages: 4"), yaml);
    assertTrue(yaml.contains("x-reviewed: true"), yaml);
  }
}
