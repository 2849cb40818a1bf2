package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** No cell of Haven's CSV starts with a character that makes a spreadsheet run it as a formula. */
class CsvInjectionTest {

  private static final String FORMULAS = "src/test/resources/hostile/formulas.yaml";

  @Test
  void queryCsvDefusesEveryFormulaCell() throws IOException {
    CliRun run = CliRun.of("query", FORMULAS, "--format", "csv");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertNoCellRunsAsAFormula(run.out(), 4);
  }

  @Test
  void compareCsvDefusesEveryFormulaCell() throws IOException {
    CliRun run = CliRun.of("compare", FORMULAS, "--format", "csv");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    assertNoCellRunsAsAFormula(run.out(), 2);
  }

  private static void assertNoCellRunsAsAFormula(String csv, int expectedRecords) throws IOException {
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertEquals(expectedRecords, records.size(), csv);
    for (CSVRecord record : records) {
      for (String cell : record) {
        assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a formula cell: " + cell);
      }
    }
  }
}
