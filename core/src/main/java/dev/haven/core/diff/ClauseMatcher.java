package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.OwnField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pairs the clauses of two sets: first by id, then each remaining new clause with a remaining old clause of the
 * same kind binding the same actors: one with the same text if there is one (a renamed clause usually keeps its
 * words), else the most similar of the first {@link #PAIRWISE_LIMIT} candidates. A renamed clause thus shows as
 * modified rather than as removed and added, and the work stays linear in the number of clauses.
 */
final class ClauseMatcher {

  /** How many candidates a clause without an exact-text match is scored against. */
  static final int PAIRWISE_LIMIT = 32;

  private static final Pattern NON_WORD = Pattern.compile("\\W+");

  /** A pairing: {@code before} or {@code after} is null for a removed or added clause. */
  record Pair(Clause before, Clause after) {}

  private ClauseMatcher() {}

  /** Pairs in the new set's order, then the old set's unpaired clauses in its order. */
  static List<Pair> match(List<Clause> before, List<Clause> after) {
    Map<String, Clause> oldById = new LinkedHashMap<>();
    before.forEach(c -> oldById.put(c.id(), c));
    Set<String> newIds = new HashSet<>();
    after.forEach(c -> newIds.add(c.id()));

    Map<String, Group> unmatchedOld = new HashMap<>();
    for (Clause c : before) {
      if (!newIds.contains(c.id())) {
        unmatchedOld.computeIfAbsent(key(c), k -> new Group()).add(c);
      }
    }
    // By identity: a record's hash code walks every field of the clause, and identity is what pairing means.
    Set<Clause> paired = Collections.newSetFromMap(new IdentityHashMap<>());
    Map<Clause, Profile> profiles = new IdentityHashMap<>();
    List<Pair> pairs = new ArrayList<>(after.size());
    for (Clause c : after) {
      Clause same = oldById.get(c.id());
      if (same == null) {
        Group group = unmatchedOld.get(key(c));
        same = group == null ? null : group.take(c, profiles);
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

  /** The unmatched old clauses of one kind and actor set, in document order, indexed by text. */
  private static final class Group {
    private final List<Clause> candidates = new ArrayList<>();
    private final Map<String, Deque<Clause>> byText = new HashMap<>();
    private final Set<Clause> taken = Collections.newSetFromMap(new IdentityHashMap<>());
    private int firstUntaken;

    void add(Clause c) {
      candidates.add(c);
      byText.computeIfAbsent(c.text(), t -> new ArrayDeque<>()).add(c);
    }

    Clause take(Clause target, Map<Clause, Profile> profiles) {
      Deque<Clause> sameText = byText.get(target.text());
      while (sameText != null && !sameText.isEmpty()) {
        Clause c = sameText.poll();
        if (taken.add(c)) {
          return c;
        }
      }
      while (firstUntaken < candidates.size() && taken.contains(candidates.get(firstUntaken))) {
        firstUntaken++;
      }
      Profile wanted = profiles.computeIfAbsent(target, Profile::of);
      Clause best = null;
      double bestScore = -1;
      int scored = 0;
      for (int i = firstUntaken; i < candidates.size() && scored < PAIRWISE_LIMIT; i++) {
        Clause c = candidates.get(i);
        if (taken.contains(c)) {
          continue;
        }
        scored++;
        double score = similarity(profiles.computeIfAbsent(c, Profile::of), wanted);
        if (score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
      if (best != null) {
        taken.add(best);
      }
      return best;
    }
  }

  /** What scoring needs of a clause, computed once however often the clause is scored. */
  record Profile(Clause clause, List<Object> ownValues, Set<String> words) {
    static Profile of(Clause c) {
      List<Object> values = new ArrayList<>();
      for (OwnField f : c.ownFields()) {
        values.add(f.value());
      }
      return new Profile(c, values, new HashSet<>(Arrays.asList(NON_WORD.split(c.text().toLowerCase(Locale.ROOT)))));
    }
  }

  /** Equal own fields and modality count one each; shared words of the text count up to two. */
  static double similarity(Profile a, Profile b) {
    double score = a.clause().modality().equals(b.clause().modality()) ? 1 : 0;
    for (int i = 0; i < a.ownValues().size(); i++) {
      if (Objects.equals(a.ownValues().get(i), b.ownValues().get(i))) {
        score++;
      }
    }
    return score + 2 * jaccard(a.words(), b.words());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    int both = 0;
    for (String w : a) {
      if (b.contains(w)) {
        both++;
      }
    }
    return (double) both / (a.size() + b.size() - both);
  }
}
