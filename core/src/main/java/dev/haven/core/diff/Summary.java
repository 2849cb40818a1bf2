package dev.haven.core.diff;

/** Counts of clause changes, by what changed and by impact. */
public record Summary(int added, int removed, int modified, int strengthens, int weakens, int neutral, int mixed) {

  static Summary of(Iterable<ClauseChange> changes) {
    int[] c = new int[7];
    for (ClauseChange change : changes) {
      c[change.change().ordinal()]++;
      c[3 + change.impact().ordinal()]++;
    }
    return new Summary(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
  }
}
