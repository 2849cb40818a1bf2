package dev.haven.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.Position;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterFileTest {

  private static ParameterFile parse(String text) {
    return ParameterFile.parse("p.yaml", text.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void readsNamesAndValuesWithTheirPlaces() {
    ParameterFile f = parse("city: City of Example Falls\nstate: ZZ\nyear: 2025\n");
    assertTrue(f.isValid());
    assertEquals(List.of(
        new ParameterValue("city", "City of Example Falls", "p.yaml", Optional.of(new Position(1, 1))),
        new ParameterValue("state", "ZZ", "p.yaml", Optional.of(new Position(2, 1))),
        new ParameterValue("year", "2025", "p.yaml", Optional.of(new Position(3, 1)))), f.values());
  }

  @Test
  void reportsEveryValueThatIsNotText() {
    ParameterFile f = parse("city:\nstate: [WI]\nbody: Council\n");
    assertEquals(2, f.problems().size(), f.problems().toString());
    assertTrue(f.problems().get(0).message().startsWith("parameter 'city' has no value"));
    assertTrue(f.problems().get(1).message().startsWith("parameter 'state' has a list"));
  }

  @Test
  void reportsAFileThatIsNotAMapping() {
    ParameterFile f = parse("- city\n- state\n");
    assertTrue(f.problems().get(0).message().contains("expected a mapping of parameter names to values"));
  }
}
