package dev.haven.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.model.ClauseLife.InForce;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as well as sources tell them: a day, a month, a year, or an interval the day lies in. */
class PartialDateTest {

  private static PartialDate parse(String text) {
    return PartialDate.parse(text).orElseThrow(() -> new AssertionError("not read: " + text));
  }

  @Test
  void eachFormCoversTheDaysItCanBeAndIsWrittenBackAsGiven() {
    assertEquals(new PartialDate(LocalDate.of(2021, 1, 27), LocalDate.of(2021, 1, 27)), parse("2021-01-27"));
    assertEquals(new PartialDate(LocalDate.of(2021, 8, 1), LocalDate.of(2021, 8, 31)), parse("2021-08"));
    assertEquals(new PartialDate(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)), parse("2024-02"));
    assertEquals(new PartialDate(LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31)), parse("2010"));
    assertEquals(new PartialDate(LocalDate.of(2013, 11, 1), LocalDate.of(2026, 11, 21)), parse("2013-11/2026-11-21"));
    for (String text : List.of("2021-01-27", "2021-08", "2010", "2013-11/2026-11-21", "2013/2016", "2013-11-05/2014-03")) {
      assertEquals(text, parse(text).toString(), "written back as read");
    }
    assertEquals("2021-08", parse("2021-08-01/2021-08-31").toString(), "the shortest form");
  }

  @Test
  void textThatNamesNoRealDayOrRunsBackwardsIsNotADate() {
    for (String text : List.of("2021-02-30", "2021-13", "21-08", "August 2021", "2016/2013", "2021-08/", "/2021",
        "2021-08-01T00:00", "")) {
      assertEquals(Optional.empty(), PartialDate.parse(text), text);
    }
  }

  @Test
  void aClauseIsUncertainOnlyOnTheDaysItsDatesLeaveOpen() {
    ClauseLife ends = new ClauseLife(Optional.empty(), Optional.of(parse("2021-08")));
    assertEquals(InForce.YES, ends.on(LocalDate.of(2021, 7, 31)));
    assertEquals(InForce.UNCERTAIN, ends.on(LocalDate.of(2021, 8, 1)));
    assertEquals(InForce.UNCERTAIN, ends.on(LocalDate.of(2021, 8, 30)));
    assertEquals(InForce.NO, ends.on(LocalDate.of(2021, 8, 31)), "ended on the 31st at the latest");
    ClauseLife starts = new ClauseLife(Optional.of(parse("2021-08")), Optional.empty());
    assertEquals(InForce.NO, starts.on(LocalDate.of(2021, 7, 31)));
    assertEquals(InForce.UNCERTAIN, starts.on(LocalDate.of(2021, 8, 15)));
    assertEquals(InForce.YES, starts.on(LocalDate.of(2021, 8, 31)), "in force from the 31st at the latest");
    ClauseLife exact = new ClauseLife(Optional.of(parse("2017-09-01")), Optional.of(parse("2025-01-01")));
    assertEquals(InForce.NO, exact.on(LocalDate.of(2017, 8, 31)));
    assertEquals(InForce.YES, exact.on(LocalDate.of(2017, 9, 1)));
    assertEquals(InForce.YES, exact.on(LocalDate.of(2024, 12, 31)));
    assertEquals(InForce.NO, exact.on(LocalDate.of(2025, 1, 1)));
    assertTrue(exact.dated());
    assertFalse(ClauseLife.AS_SET.dated());
  }
}
