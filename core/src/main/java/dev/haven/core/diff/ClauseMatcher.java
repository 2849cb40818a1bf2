package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.OwnField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the clauses of two sets: first by id, then each remaining new clause with the most similar remaining
 * old clause of the same kind binding the same actors, so that a renamed clause shows as modified rather than
 * as removed and added. Linear in the number of clauses but for groups of same-kind, same-actor renamed
 * clauses, which are compared pairwise up to {@link #PAIRWISE_LIMIT} candidates.
 */
final class ClauseMatcher {

  /** Beyond this many candidates in one group, renamed clauses are paired in document order. */
  static final int PAIRWISE_LIMIT = 64;

  /** A pairing: {@code before} or {@code after} is null for a removed or added clause. */
  record Pair(Clause before, Clause after) {}

  private ClauseMatcher() {}

  /** Pairs in the new set's order, then the old set's unpaired clauses in its order. */
  static List<Pair> match(List<Clause> before, List<Clause> after) {
    Map<String, Clause> oldById = new LinkedHashMap<>();
    before.forEach(c -> oldById.put(c.id(), c));
    Set<String> newIds = new HashSet<>();
    after.forEach(c -> newIds.add(c.id()));

    Map<String, List<Clause>> unmatchedOld = new HashMap<>();
    for (Clause c : before) {
      if (!newIds.contains(c.id())) {
        unmatchedOld.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
      }
    }
    Set<Clause> paired = new HashSet<>();
    List<Pair> pairs = new ArrayList<>(after.size());
    for (Clause c : after) {
      Clause same = oldById.get(c.id());
      if (same == null) {
        same = takeMostSimilar(unmatchedOld.get(key(c)), c);
      }
      if (same != null) {
        paired.add(same);
      }
      pairs.add(new Pair(same, c));
    }
    for (Clause c : before) {
      if (!paired.contains(c)) {
        pairs.add(new Pair(c, null));
      }
    }
    return pairs;
  }

  private static String key(Clause c) {
    return c.kind().wireName() + "|" + c.actors().stream().map(Object::toString).sorted().distinct().toList();
  }

  private static Clause takeMostSimilar(List<Clause> candidates, Clause target) {
    if (candidates == null || candidates.isEmpty()) {
      return null;
    }
    int best = 0;
    if (candidates.size() <= PAIRWISE_LIMIT) {
      double bestScore = -1;
      for (int i = 0; i < candidates.size(); i++) {
        double score = similarity(candidates.get(i), target);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
    }
    return candidates.remove(best);
  }

  /** Equal own fields and modality count one each; shared words of the text count up to two. */
  static double similarity(Clause a, Clause b) {
    double score = a.modality().equals(b.modality()) ? 1 : 0;
    List<OwnField> fa = a.ownFields();
    List<OwnField> fb = b.ownFields();
    for (int i = 0; i < fa.size(); i++) {
      if (Objects.equals(fa.get(i).value(), fb.get(i).value())) {
        score++;
      }
    }
    return score + 2 * jaccard(words(a.text()), words(b.text()));
  }

  private static Set<String> words(String text) {
    return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("\\W+")));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    if (union.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / union.size();
  }
}
