package dev.haven.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Term;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.vocab.Modality;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static ClauseSet set(String id, String jurisdiction, String clauses) {
    String text = "format: haven/1\nid: " + id + "\ntitle: T\njurisdiction: {name: " + jurisdiction
        + ", level: city}\nstatus: adopted\nclauses:\n" + clauses;
    LoadResult r = new ClauseSetReader().read(id + ".yaml", text, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static String clause(String id, String kind, String modality, String extra) {
    return "  - id: " + id + "\n    kind: " + kind + "\n    modality: " + modality + "\n    actors: [police]\n"
        + extra.indent(4) + "    text: Text of " + id + ".\n";
  }

  private static Map<Criterion, CriterionResult> criteria(ClauseSet... sets) {
    return byCriterion(Comparison.of(List.of(sets)).rows().get(0).score());
  }

  /** The haven rubric's results by its criteria. */
  private static Map<Criterion, CriterionResult> byCriterion(dev.haven.core.compare.Score score) {
    return score.criteria().stream().collect(Collectors.toMap(
        r -> Criterion.valueOf(r.criterion().key().toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
        Function.identity()));
  }

  @Nested
  class Matrix {

    @Test
    void setsOfOneJurisdictionMakeOneRowInTheOrderFirstSeen() {
      Comparison c = Comparison.of(List.of(
          set("b/one", "Bville", clause("x", "detainer-limit", "prohibition", "")),
          set("a/one", "Aton", clause("y", "safe-space", "obligation", "places: [Library]")),
          set("b/two", "Bville", clause("z", "detention-limit", "prohibition", ""))));
      assertEquals(List.of("Bville", "Aton"), c.rows().stream().map(Row::jurisdiction).toList());
      assertEquals(List.of("b/one", "b/two"), c.rows().get(0).setIds());
      assertTrue(c.rows().get(0).cell(ClauseKind.DETENTION_LIMIT).isPresent());
      assertFalse(c.rows().get(1).cell(ClauseKind.DETAINER_LIMIT).isPresent());
    }

    @Test
    void columnsAreEveryKindInTheFormatsOrder() {
      Comparison c = Comparison.of(List.of(set("a/b", "A", clause("x", "detainer-limit", "prohibition", ""))));
      assertEquals(List.of(ClauseKind.values()), c.kinds());
    }

    @Test
    void aCellHoldsEveryClauseOfItsKindWithTheUnionOfTheirGroundsInVocabularyOrder() {
      Comparison c = Comparison.of(List.of(set("a/b", "A",
          clause("x", "detainer-limit", "prohibition", "exceptions: [{ground: x-local}, {ground: judicial-warrant}]")
              + clause("y", "detainer-limit", "prohibition", "exceptions: [{ground: felony}]"))));
      Cell cell = c.rows().get(0).cell(ClauseKind.DETAINER_LIMIT).orElseThrow();
      assertEquals(List.of("x", "y"), cell.clauses().stream().map(sc -> sc.clause().id()).toList());
      assertEquals(List.of("felony", "judicial-warrant", "x-local"),
          cell.exceptions().stream().map(Term::wireName).toList());
      assertTrue(cell.hasExceptions());
    }

    @Test
    void theCellsModalityIsTheMostBindingAndForCooperationTheLeastPermissive() {
      Comparison c = Comparison.of(List.of(set("a/b", "A",
          clause("r", "detainer-limit", "recommendation", "") + clause("p", "detainer-limit", "permission", "")
              + clause("o", "detainer-limit", "obligation", "")
              + clause("c1", "cooperation-condition", "obligation", "grounds: [felony]")
              + clause("c2", "cooperation-condition", "permission", "grounds: [felony]"))));
      Row row = c.rows().get(0);
      assertEquals(Modality.OBLIGATION, row.cell(ClauseKind.DETAINER_LIMIT).orElseThrow().modality().orElseThrow());
      assertEquals(List.of(Modality.RECOMMENDATION, Modality.PERMISSION, Modality.OBLIGATION),
          row.cell(ClauseKind.DETAINER_LIMIT).orElseThrow().modalities());
      assertEquals(Modality.PERMISSION,
          row.cell(ClauseKind.COOPERATION_CONDITION).orElseThrow().modality().orElseThrow());
    }

    @Test
    void betweenProhibitionAndObligationTheKindsTypicalModalityWins() {
      Comparison c = Comparison.of(List.of(set("a/b", "A",
          clause("o", "status-non-inquiry", "obligation", "") + clause("p", "status-non-inquiry", "prohibition", ""))));
      assertEquals(Modality.PROHIBITION,
          c.rows().get(0).cell(ClauseKind.STATUS_NON_INQUIRY).orElseThrow().modality().orElseThrow());
    }
  }

  @Nested
  class Score {

    @Test
    void aBindingClauseWithoutLimitingExceptionsEarnsTwoPoints() {
      CriterionResult r = criteria(set("a/b", "A", clause("d", "detainer-limit", "prohibition",
          "requests: [detainer]\nexceptions: [{ground: judicial-warrant}, {ground: required-by-law}]")))
          .get(Criterion.DETAINERS);
      assertEquals(2, r.points());
      assertEquals("d", r.clause().orElseThrow().clause().id());
      assertEquals("prohibition", r.reason());
    }

    @Test
    void criminalGroundsCostAPointAndExtensionGroundsAreNamedAsNotScored() {
      assertEquals(1, criteria(set("a/b", "A", clause("d", "detainer-limit", "prohibition",
          "exceptions: [{ground: felony}]"))).get(Criterion.DETAINERS).points());
      CriterionResult r = criteria(set("a/b", "A", clause("d", "detainer-limit", "prohibition",
          "requests: [detainer]\nexceptions: [{ground: x-local-list}]"))).get(Criterion.DETAINERS);
      assertEquals(2, r.points());
      assertEquals("prohibition, not scored: x-local-list", r.reason());
      CriterionResult both = criteria(set("a/b", "A", clause("d", "detainer-limit", "prohibition",
          "requests: [detainer]\nexceptions: [{ground: felony}, {ground: x-local-list}]"))).get(Criterion.DETAINERS);
      assertEquals(1, both.points());
      assertEquals("prohibition, exceptions: felony, not scored: x-local-list", both.reason());
    }

    @Test
    void neitherARecommendationNorAPermissionIsBindingLawSoNeitherEarnsPoints() {
      CriterionResult recommendation = criteria(set("a/b", "A", clause("d", "detainer-limit", "recommendation",
          "requests: [detainer]"))).get(Criterion.DETAINERS);
      assertEquals(0, recommendation.points());
      assertEquals(CriterionState.PRESENT, recommendation.state());
      assertEquals("recommendation (not binding law)", recommendation.reason());
      CriterionResult permission = criteria(set("a/b", "A", clause("d", "detainer-limit", "permission", "")))
          .get(Criterion.DETAINERS);
      assertEquals(0, permission.points());
      assertEquals("permission (scope not specified)", permission.reason());
    }

    @Test
    void theBestClauseOfTheJurisdictionCountsAcrossItsSets() {
      CriterionResult r = criteria(
          set("a/one", "A", clause("weak", "detainer-limit", "prohibition", "exceptions: [{ground: felony}]")),
          set("a/two", "A", clause("strong", "detainer-limit", "prohibition", "requests: [hold]")))
          .get(Criterion.DETAINERS);
      assertEquals(2, r.points());
      assertEquals("a/two", r.clause().orElseThrow().set().id());
    }

    @Test
    void aScopeListThatNamesOtherValuesDoesNotMeetTheCriterion() {
      Map<Criterion, CriterionResult> r = criteria(set("a/b", "A", clause("d", "detainer-limit", "prohibition",
          "requests: [administrative-warrant]")));
      assertEquals(0, r.get(Criterion.DETAINERS).points());
      assertEquals("no clause", r.get(Criterion.DETAINERS).reason());
      assertEquals(2, r.get(Criterion.ADMINISTRATIVE_WARRANTS).points());
    }

    @Test
    void narrowCriteriaNeedTheValueNamed() {
      Map<Criterion, CriterionResult> r = criteria(set("a/b", "A",
          clause("d", "detainer-limit", "prohibition", "") + clause("e", "enforcement-non-participation",
              "prohibition", "")));
      assertEquals(0, r.get(Criterion.ADMINISTRATIVE_WARRANTS).points(), "a detainer limit of unspecified scope");
      assertEquals(0, r.get(Criterion.AGREEMENTS_287G).points());
      assertEquals(CriterionState.ABSENT, r.get(Criterion.AGREEMENTS_287G).state());
      assertEquals(1, r.get(Criterion.JOINT_OPERATIONS).points(), "unspecified scope: unknown, never full credit");
    }

    @Test
    void anUnspecifiedScopeListIsUnknownSoNeverEarnsFullCreditAndSaysSo() {
      CriterionResult r = criteria(set("a/b", "A", clause("c", "communication-limit", "prohibition", "")))
          .get(Criterion.STATUS_SHARING);
      assertEquals(1, r.points());
      assertTrue(r.reason().endsWith("(scope not specified)"));
      CriterionResult listed = criteria(set("a/b", "A", clause("c", "communication-limit", "prohibition",
          "information: [immigration-status]"))).get(Criterion.STATUS_SHARING);
      assertEquals(2, listed.points());
    }

    @Test
    void cooperationOnCrimeGroundsCostsWhatTheSameCarveOutWrittenAsAnExceptionCosts() {
      String limit = clause("holds", "detainer-limit", "prohibition", "requests: [detainer]");
      CriterionResult asException = criteria(set("a/b", "A", clause("holds", "detainer-limit", "prohibition",
          "requests: [detainer]\nexceptions: [{ground: violent-felony}]"))).get(Criterion.DETAINERS);
      CriterionResult asCooperation = criteria(set("a/b", "A", limit + clause("coop", "cooperation-condition",
          "permission", "grounds: [violent-felony]"))).get(Criterion.DETAINERS);
      assertEquals(1, asException.points());
      assertEquals(asException.points(), asCooperation.points());
      assertEquals("prohibition, exceptions: violent-felony (cooperation allowed by coop)", asCooperation.reason());
      CriterionResult approved = criteria(set("a/b", "A", limit + clause("coop", "cooperation-condition",
          "permission", "grounds: [violent-felony]\nconditions: [{type: approval, by: police}]")))
          .get(Criterion.DETAINERS);
      assertEquals(1, approved.points(), "a condition narrows a carve-out but does not close it");
      assertEquals("prohibition, exceptions: violent-felony (cooperation allowed by coop, on approval)",
          approved.reason());
      CriterionResult warrantOnly = criteria(set("a/b", "A", limit + clause("coop", "cooperation-condition",
          "permission", "grounds: [judicial-warrant]"))).get(Criterion.DETAINERS);
      assertEquals(2, warrantOnly.points(), "cooperation only on a judge's warrant is no carve-out");
    }

    @Test
    void aStatementOfPracticeIsReportedApartAndEarnsNothing() {
      String text = "format: haven/1\nid: a/sheriff\ntitle: T\njurisdiction: {name: A, level: county}\n"
          + "type: statement\nstatus: adopted\nclauses:\n" + clause("holds", "detainer-limit", "prohibition",
          "requests: [detainer]");
      LoadResult read = new ClauseSetReader().read("s.yaml", text, Syntax.YAML);
      assertEquals(List.of(), read.problems());
      CriterionResult r = criteria(read.clauseSet()).get(Criterion.DETAINERS);
      assertEquals(CriterionState.PRACTICE, r.state());
      assertEquals(0, r.points());
      assertTrue(r.reason().startsWith("stated practice, not law"), r.reason());
    }

    @Test
    void theMaximumIsTwoPointsPerCriterionAndCategoriesAddUp() {
      dev.haven.core.compare.Score s = Comparison.of(List.of(set("a/b", "A",
          clause("s", "safe-space", "obligation", "places: [Library]")))).rows().get(0).score();
      assertEquals(Criterion.values().length * 2, s.max());
      assertEquals(2, s.points());
      assertEquals(2, s.points(Category.SERVICES));
      assertEquals(4, s.max(Category.SERVICES));
      int byCategory = 0;
      for (Category category : Category.values()) {
        byCategory += s.max(category);
      }
      assertEquals(s.max(), byCategory);
    }
  }

  @Test
  void theDocumentedRubricListsEveryCriterionWithItsCategory() throws java.io.IOException {
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "compare.md"));
    for (Criterion c : Criterion.values()) {
      assertTrue(doc.contains("| " + c.category().title() + " | " + c.description() + " | "),
          "docs/compare.md has no rubric row for " + c);
    }
    assertTrue(doc.contains("make **" + Criterion.values().length * Rubric.POINTS_PER_CRITERION + " points**"));
  }

  @Test
  void theCorpusComparesAsItsSourcesRead() {
    // the law in force today, as `haven compare` reads it: clauses whose own dates have ended are left out
    dev.haven.core.query.Query today = dev.haven.core.query.Query.lawInForce();
    List<ClauseSet> corpus = ClauseSetFiles.under(Fixtures.SEEDS.resolve("corpus")).stream().map(Fixtures::load)
        .filter(today::admits).map(today::keepMatching).toList();
    Map<String, Row> rows = Comparison.of(corpus).rows().stream()
        .collect(Collectors.toMap(Row::jurisdiction, Function.identity()));
    assertEquals(List.of("City of Chicago", "City and County of San Francisco", "State of California",
            "Dane County", "City of Madison", "King County", "State of Texas").stream().sorted().toList(),
        rows.keySet().stream().sorted().toList());
    Map<Criterion, CriterionResult> california = byCriterion(rows.get("State of California").score());
    assertEquals(2, california.get(Criterion.DETENTION_CONTRACTS).points());
    assertEquals(1, california.get(Criterion.RELEASE_NOTIFICATION).points(), "TRUST Act exceptions");
    Map<Criterion, CriterionResult> king = byCriterion(rows.get("King County").score());
    assertEquals(0, king.get(Criterion.STATUS_SHARING).points(), "King County allows sharing status");
    assertEquals(2, king.get(Criterion.DETAINERS).points(), "holds only with a judicial warrant");
    Map<Criterion, CriterionResult> texas = byCriterion(rows.get("State of Texas").score());
    assertEquals(0, texas.get(Criterion.STATUS_QUESTIONS).points(), "officers may ask the status of the arrested");
    assertEquals(0, texas.get(Criterion.JAIL_ACCESS).points(), "officers may let ICE enforce in jails");
    Map<Criterion, CriterionResult> sf = byCriterion(rows.get("City and County of San Francisco").score());
    assertEquals(CriterionState.PRESENT, sf.get(Criterion.RELEASE_NOTIFICATION).state(),
        "12H.2's current wording, not the original's");
  }

  @Nested
  class Outlines {

    private final List<ClauseSet> corpus = ClauseSetFiles.under(Fixtures.SEEDS).stream().map(Fixtures::load).toList();

    /** Everything the table, JSON and CSV outputs read of a comparison, as plain values. */
    private List<String> observable(Comparison c) {
      return c.rows().stream().flatMap(row -> {
        List<String> facts = new java.util.ArrayList<>();
        facts.add(row.jurisdiction() + " " + row.setIds());
        row.cells().forEach((kind, cell) -> facts.add(kind.wireName() + " "
            + cell.clauses().stream().map(sc -> sc.set().id() + "#" + sc.clause().id()).toList() + " "
            + cell.modality() + " " + cell.modalities() + " " + cell.exceptions()));
        row.score().criteria().forEach(r -> facts.add(r.criterion() + " " + r.points() + " " + r.reason() + " "
            + r.clause().map(sc -> sc.set().id() + "#" + sc.clause().id())));
        return facts.stream();
      }).toList();
    }

    @Test
    void anOutliningComparisonSaysWhatAWholeOneSays() {
      Comparison.Builder outlining = Comparison.outlining();
      corpus.forEach(outlining::add);
      Comparison outlined = outlining.build();
      List<String> whole = observable(Comparison.of(corpus));
      assertTrue(whole.size() > 100, "the seeds give a real comparison");
      assertEquals(whole, observable(outlined));
    }

    @Test
    void anOutlineKeepsNoClauseTexts() {
      Comparison.Builder outlining = Comparison.outlining();
      corpus.forEach(outlining::add);
      assertTrue(outlining.build().rows().stream().flatMap(r -> r.sets().stream())
          .flatMap(s -> s.clauses().stream()).allMatch(c -> c.text().isEmpty() && c.core().notes().isEmpty()));
      assertTrue(Comparison.of(corpus).rows().stream().flatMap(r -> r.sets().stream())
          .flatMap(s -> s.clauses().stream()).noneMatch(c -> c.text().isEmpty()));
    }
  }
}
