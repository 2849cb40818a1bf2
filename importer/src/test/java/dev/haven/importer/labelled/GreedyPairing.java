package dev.haven.importer.labelled;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Pairs hand labels with drafted clauses one to one by the overlap of their words: every pair that overlaps at least
 * the minimum, best first (ties in label, then draft order), each label and each draft taken once.
 */
public final class GreedyPairing {

  private GreedyPairing() {}

  /**
   * The pairs, in the order they were made.
   *
   * @param gold each label's words
   * @param drafts each draft's words
   * @param overlap how much a label's and a draft's words overlap
   * @param min the least overlap that pairs
   * @return {@code {label, draft}} index pairs
   */
  public static List<int[]> pairs(List<Set<String>> gold, List<Set<String>> drafts,
      ToDoubleBiFunction<Set<String>, Set<String>> overlap, double min) {
    List<double[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int d = 0; d < drafts.size(); d++) {
        double o = overlap.applyAsDouble(gold.get(g), drafts.get(d));
        if (o >= min) {
          candidates.add(new double[] {o, g, d});
        }
      }
    }
    candidates.sort((a, b) -> Double.compare(b[0], a[0]));
    Set<Integer> goldTaken = new HashSet<>();
    Set<Integer> draftTaken = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (double[] c : candidates) {
      int g = (int) c[1];
      int d = (int) c[2];
      if (!goldTaken.contains(g) && !draftTaken.contains(d)) {
        goldTaken.add(g);
        draftTaken.add(d);
        out.add(new int[] {g, d});
      }
    }
    return out;
  }
}
