package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogisticModelTest {

  private static final List<String> CLASSES = List.of("a", "b");

  /** {@code n} examples of {@code label} with {@code features}. */
  private static void add(List<List<String>> x, List<String> y, int n, String label, String... features) {
    for (int i = 0; i < n; i++) {
      x.add(List.of(features));
      y.add(label);
    }
  }

  private static String best(LogisticModel m, String... features) {
    return m.predict(List.of(features)).get(0).label();
  }

  @Test
  void learnsWhichClassAFeatureMeans() {
    List<List<String>> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    add(x, y, 10, "a", "w:red");
    add(x, y, 10, "b", "w:blue");
    LogisticModel m = LogisticModel.train(x, y, CLASSES, 200, 1.0, 0.001);
    assertEquals("a", best(m, "w:red"));
    assertEquals("b", best(m, "w:blue"));
  }

  @Test
  void aPriorDecidesWhereTheDataSaysLittleAndGivesWayWhereItSaysMuch() {
    Map<String, double[]> trustRule = Map.of("rule:a", new double[] {4, 0});
    // two examples where the rule said a and the answer was b: too few to overrule a strong prior
    List<List<String>> few = new ArrayList<>();
    List<String> fewY = new ArrayList<>();
    add(few, fewY, 2, "b", "rule:a", "w:x");
    add(few, fewY, 2, "b", "w:y");
    add(few, fewY, 2, "a", "w:z");
    assertEquals("a", best(LogisticModel.train(few, fewY, CLASSES, 300, 1.0, 0.1, trustRule), "rule:a"));
    // without the prior, the same data overrules the rule
    assertEquals("b", best(LogisticModel.train(few, fewY, CLASSES, 300, 1.0, 0.1), "rule:a"));
    // many such examples overrule even the prior
    List<List<String>> many = new ArrayList<>();
    List<String> manyY = new ArrayList<>();
    add(many, manyY, 60, "b", "rule:a");
    add(many, manyY, 2, "a", "w:z");
    assertEquals("b", best(LogisticModel.train(many, manyY, CLASSES, 300, 1.0, 0.001, trustRule), "rule:a"));
  }

  @Test
  void theModelFileReadsBackToTheSamePredictions() {
    List<List<String>> x = new ArrayList<>();
    List<String> y = new ArrayList<>();
    add(x, y, 5, "a", "w:red", "b:^_red");
    add(x, y, 5, "b", "w:blue");
    LogisticModel m = LogisticModel.train(x, y, CLASSES, 50, 1.0, 0.01);
    LogisticModel read = LogisticModel.read(new ByteArrayInputStream(m.write().getBytes(StandardCharsets.UTF_8)));
    assertEquals(m.write(), read.write());
    assertTrue(read.predict(List.of("w:red")).get(0).probability() > 0.5);
  }
}
