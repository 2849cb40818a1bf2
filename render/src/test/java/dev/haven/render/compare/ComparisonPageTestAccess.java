package dev.haven.render.compare;

import java.util.List;

/** The corpus's snapshots for tests outside this package (the Nu checker's). */
public final class ComparisonPageTestAccess {

  private ComparisonPageTestAccess() {}

  /** {@return the corpus's law on 2015-01-01 and 2022-01-01, as a page with a date control shows it} */
  public static List<ComparisonPage.Snapshot> snapshots() {
    return ComparisonPageTest.snapshots(ComparisonPageTest.Y2015, ComparisonPageTest.Y2022);
  }
}
