package dev.haven.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.compare.Rubric;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Periods of unchanged law and the panel made of them. */
class PanelTest {

  private static ClauseSet set(String id, String place, String status, String dates, String clause) {
    String yaml = "format: haven/1\nid: " + id + "\ntitle: T\njurisdiction: {name: " + place + ", level: city,"
        + " state: WI}\nstatus: " + status + "\n" + dates + "sources: [{id: code, title: City Code}]\nclauses:\n"
        + "  - " + clause + "\n";
    LoadResult r = new ClauseSetReader().read(id + ".yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), r.problems());
    return r.clauseSet();
  }

  private static final String DETAINERS = "{id: d, kind: detainer-limit, modality: prohibition, actors: [police],"
      + " text: No detainers shall be honored., exceptions: [{ground: felony}], source: {document: code,"
      + " locator: § 1}}";
  private static final String INQUIRY = "{id: q, kind: status-non-inquiry, modality: prohibition, actors: [police],"
      + " acts: [inquire], subjects: [immigration-status], text: No one shall ask about status.}";

  private static final ClauseSet OLD = set("x/old", "City of X", "repealed",
      "date: 2012-09-12\nended: 2021-01-27\nsuperseded-by: x/new\n", DETAINERS);
  private static final ClauseSet NEW = set("x/new", "City of X", "adopted",
      "date: 2021-01-27\nsupersedes: [x/old]\n", INQUIRY);
  private static final ClauseSet GONE = set("y/gone", "City of Y", "repealed",
      "date: 2015-03-01\nended: 2018-06-01\n", DETAINERS);
  private static final ClauseSet UNDATED = set("z/undated", "City of Z", "adopted", "", INQUIRY);
  private static final ClauseSet DRAFT = set("x/draft", "City of X", "draft", "date: 2019-01-01\n", INQUIRY);

  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  @Test
  void aNewPeriodStartsOnTheDayAVersionTakesForceAndDraftsChangeNothing() {
    List<Period> periods = Period.of(List.of(NEW, DRAFT, OLD), Optional.empty(), TO);
    assertEquals(2, periods.size());
    assertEquals(new Period(OLD.jurisdiction(), LocalDate.of(2012, 9, 12), LocalDate.of(2021, 1, 26), false,
        List.of(OLD)), periods.get(0));
    assertEquals(new Period(NEW.jurisdiction(), LocalDate.of(2021, 1, 27), TO, true, List.of(NEW)),
        periods.get(1));
  }

  @Test
  void aRepealWithoutSuccessorLeavesAPeriodWithNoLawAndTheWindowClipsTheRest() {
    List<Period> periods = Period.of(List.of(GONE), Optional.of(LocalDate.of(2016, 1, 1)), TO);
    assertEquals(List.of(LocalDate.of(2016, 1, 1), LocalDate.of(2018, 6, 1)),
        periods.stream().map(Period::start).toList());
    assertEquals(List.of(List.of(GONE), List.of()), periods.stream().map(Period::sets).toList());
    assertEquals(LocalDate.of(2018, 5, 31), periods.get(0).end());
    assertTrue(periods.get(1).continues(), "still no law the day after the window");
    assertEquals(List.of(), Period.of(List.of(GONE), Optional.of(LocalDate.of(2025, 1, 1)), TO),
        "a window after --to has no period");
  }

  @Test
  void aJurisdictionEntersOnItsFirstDayInForceNotOnTheWindowsFirstDay() {
    List<Period> periods = Period.of(List.of(OLD, GONE), Optional.of(LocalDate.of(2000, 1, 1)), TO);
    assertEquals(LocalDate.of(2012, 9, 12), periods.get(0).start());
    assertEquals(LocalDate.of(2015, 3, 1), periods.stream().filter(p -> p.jurisdiction().name().equals("City of Y"))
        .findFirst().orElseThrow().start());
  }

  @Test
  void aPanelHasOneRowPerPeriodAndKindWithTheVersionThatAnswered() {
    Panel panel = Panel.of(List.of(OLD, NEW, UNDATED), PanelUnit.KIND, Rubric.HAVEN, Optional.empty(), TO);
    assertEquals(2 * ClauseKind.values().length, panel.rows().size());
    assertEquals(List.of(UNDATED), panel.undated());
    List<Map<String, Object>> detainers = panel.records().stream()
        .filter(r -> r.get("kind").equals("detainer-limit")).toList();
    assertEquals(List.of(1, 0), detainers.stream().map(r -> r.get("present")).toList());
    Map<String, Object> before = detainers.get(0);
    assertEquals("2012-09-12", before.get("period_start"));
    assertEquals("2021-01-26", before.get("period_end"));
    assertEquals(0, before.get("continues"));
    assertEquals(List.of("x/old"), before.get("sets_in_force"));
    assertEquals("prohibition", before.get("modality"));
    assertEquals(List.of("felony"), before.get("exception_grounds"));
    assertEquals(List.of("City Code, § 1"), before.get("citations"));
    assertEquals(List.of("x/new"), detainers.get(1).get("sets_in_force"));
    assertEquals(List.of(), detainers.get(1).get("sets"));
  }

  @Test
  void aCriterionPanelScoresEachPeriodWithTheRubric() {
    Panel panel = Panel.of(List.of(OLD, NEW), PanelUnit.CRITERION, Rubric.HAVEN, Optional.empty(), TO);
    assertEquals(2 * Rubric.HAVEN.criteria().size(), panel.rows().size());
    List<Object> questions = panel.records().stream().filter(r -> r.get("criterion").equals("status-questions"))
        .map(r -> r.get("criterion_state")).toList();
    assertEquals(List.of("absent", "present"), questions);
  }

  @Test
  void everyRowHasACellForEveryColumnOfTheCodebook() {
    for (PanelUnit unit : PanelUnit.values()) {
      Panel panel = Panel.of(List.of(OLD, NEW, GONE), unit, Rubric.ILRC_LOCAL, Optional.empty(), TO);
      assertEquals(Codebook.columns(unit, Rubric.ILRC_LOCAL), panel.columns());
      panel.rows().forEach(r -> assertEquals(panel.columns().size(), r.size()));
    }
  }

  @Test
  void theCodebookListsEveryKindAndEveryCriterionOfTheRubric() {
    Column kind = Codebook.columns(PanelUnit.KIND, Rubric.HAVEN).stream().filter(c -> c.name().equals("kind"))
        .findFirst().orElseThrow();
    assertEquals(ClauseKind.values().length, kind.codes().size());
    Column criterion = Codebook.columns(PanelUnit.CRITERION, Rubric.ILRC_STATE).stream()
        .filter(c -> c.name().equals("criterion")).findFirst().orElseThrow();
    assertEquals(Rubric.ILRC_STATE.criteria().stream().map(c -> c.key()).toList(),
        criterion.codes().stream().map(Column.Code::value).toList());
  }
}
