package dev.haven.core.diff;

import dev.haven.core.model.Clause;
import dev.haven.core.model.OwnField;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs the clauses of two sets: first by id, then each remaining new clause with a remaining old clause of the
 * same kind binding the same actors: one with the same text if there is one (a renamed clause usually keeps its
 * words), else the most similar of the {@link #PAIRWISE_LIMIT} candidates nearest to where the clause is
 * expected. A renamed clause thus shows as modified rather than as removed and added, and the work per clause is
 * a hash lookup, or at worst a binary search and a bounded number of scores: O(n log n) in all.
 */
final class ClauseMatcher {

  /** How many candidates a clause without an exact-text match is scored against. */
  static final int PAIRWISE_LIMIT = 32;

  /** FNV-1a, 64 bits: hashes words for {@link #wordHashes}. */
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** A pairing: {@code before} or {@code after} is null for a removed or added clause. */
  record Pair(Clause before, Clause after) {}

  private ClauseMatcher() {}

  /** Pairs in the new set's order, then the old set's unpaired clauses in its order. */
  static List<Pair> match(List<Clause> before, List<Clause> after) {
    int[] oldIndexOfNew = pairById(before, after);
    // Bookkeeping by old index in flat arrays: on large sets, identity maps and sets cost a cache miss per probe.
    boolean[] oldPaired = new boolean[before.size()];
    for (int k : oldIndexOfNew) {
      if (k >= 0) {
        oldPaired[k] = true;
      }
    }
    Map<String, Group> unmatchedOld = new HashMap<>();
    for (int k = 0; k < before.size(); k++) {
      if (!oldPaired[k]) {
        unmatchedOld.computeIfAbsent(key(before.get(k)), x -> new Group()).add(k, before.get(k));
      }
    }
    Profile[] oldProfiles = new Profile[before.size()];
    List<Pair> pairs = new ArrayList<>(after.size() + before.size() / 8);
    int expected = 0;
    for (int i = 0; i < after.size(); i++) {
      Clause c = after.get(i);
      int k = oldIndexOfNew[i];
      if (k < 0) {
        Group group = unmatchedOld.get(key(c));
        k = group == null ? -1 : group.take(c, expected, before, oldProfiles, oldPaired);
      }
      if (k >= 0) {
        expected = k + 1;
      }
      pairs.add(new Pair(k < 0 ? null : before.get(k), c));
    }
    for (int k = 0; k < before.size(); k++) {
      if (!oldPaired[k]) {
        pairs.add(new Pair(before.get(k), null));
      }
    }
    return pairs;
  }

  /**
   * For each new clause, the index of the old clause with its id, or -1. Versions of a document mostly keep
   * their order, so the old clause after the last one paired is tried first; the hash index over all old ids
   * is consulted only when that guess fails. On large sets this keeps most lookups sequential in memory, where
   * random probes into a table of n entries would miss the caches.
   */
  private static int[] pairById(List<Clause> before, List<Clause> after) {
    Map<String, Integer> oldIndex = null;
    int[] result = new int[after.size()];
    int cursor = 0;
    for (int i = 0; i < after.size(); i++) {
      String id = after.get(i).id();
      if (cursor < before.size() && before.get(cursor).id().equals(id)) {
        result[i] = cursor++;
        continue;
      }
      if (oldIndex == null) {
        oldIndex = new HashMap<>(before.size() * 4 / 3 + 1);
        for (int k = 0; k < before.size(); k++) {
          oldIndex.put(before.get(k).id(), k);
        }
      }
      Integer k = oldIndex.get(id);
      result[i] = k == null ? -1 : k;
      if (k != null) {
        cursor = k + 1;
      }
    }
    return result;
  }

  private static String key(Clause c) {
    return c.kind().wireName() + "|" + c.actors().stream().map(Object::toString).sorted().distinct().toList();
  }

  /**
   * The unmatched old clauses of one kind and actor set, by old index in document order, indexed by text.
   * Candidates are scored nearest first to where the new clause is expected in the old set, because versions of
   * a document keep their order: a reworded clause is most likely near the clauses paired around it. Skip links
   * over taken candidates (path-halving, as in union-find) keep each step from the expected place amortized
   * constant, so a clause costs a binary search plus at most {@link #PAIRWISE_LIMIT} scores.
   */
  private static final class Group {
    private int[] candidates = new int[4];
    private int size;
    private final Map<String, Deque<Integer>> byText = new HashMap<>();
    /** {@code right[i] == i} when candidate i is untaken; else a link towards the next untaken one to its right. */
    private int[] right;
    /** The same to the left, shifted by one so that position -1 is the sentinel 0. */
    private int[] left;

    void add(int oldIndex, Clause c) {
      if (size == candidates.length) {
        candidates = Arrays.copyOf(candidates, size * 2);
      }
      candidates[size++] = oldIndex;
      byText.computeIfAbsent(c.text(), t -> new ArrayDeque<>()).add(oldIndex);
    }

    /**
     * The old index of the best candidate for {@code target}, marked in {@code taken}; -1 when none is left.
     * {@code expected} is the old index where the target would be if the old set had kept it in place.
     */
    int take(Clause target, int expected, List<Clause> before, Profile[] profiles, boolean[] taken) {
      if (right == null) {
        linkAll();
      }
      Deque<Integer> sameText = byText.get(target.text());
      while (sameText != null && !sameText.isEmpty()) {
        int k = sameText.poll();
        if (!taken[k]) {
          markTaken(k, taken);
          return k;
        }
      }
      int start = Arrays.binarySearch(candidates, 0, size, expected);
      if (start < 0) {
        start = -start - 1;
      }
      int r = nextRight(start);
      int l = nextLeft(start - 1);
      Profile wanted = null;
      int best = -1;
      double bestScore = -1;
      for (int scored = 0; scored < PAIRWISE_LIMIT && (r < size || l >= 0); scored++) {
        int pos;
        if (l < 0 || (r < size && candidates[r] - expected <= expected - candidates[l])) {
          pos = r;
          r = nextRight(r + 1);
        } else {
          pos = l;
          l = nextLeft(l - 1);
        }
        int k = candidates[pos];
        if (wanted == null) {
          wanted = Profile.of(target);
        }
        if (profiles[k] == null) {
          profiles[k] = Profile.of(before.get(k));
        }
        double score = similarity(profiles[k], wanted);
        // Ties go to the earlier old clause, so that when every candidate is scored the pairing does not depend
        // on the order of the new set.
        if (score > bestScore || (score == bestScore && k < best)) {
          bestScore = score;
          best = k;
        }
      }
      if (best >= 0) {
        markTaken(best, taken);
      }
      return best;
    }

    private void linkAll() {
      right = new int[size + 1];
      left = new int[size + 1];
      for (int i = 0; i <= size; i++) {
        right[i] = i;
        left[i] = i;
      }
    }

    private void markTaken(int oldIndex, boolean[] taken) {
      taken[oldIndex] = true;
      int pos = Arrays.binarySearch(candidates, 0, size, oldIndex);
      right[pos] = pos + 1;
      left[pos + 1] = pos;
    }

    /** The first untaken position at or after {@code pos}; {@code size} when there is none. */
    private int nextRight(int pos) {
      int i = pos;
      while (right[i] != i) {
        right[i] = right[right[i]];
        i = right[i];
      }
      return i;
    }

    /** The last untaken position at or before {@code pos}; -1 when there is none. */
    private int nextLeft(int pos) {
      int i = pos + 1;
      while (left[i] != i) {
        left[i] = left[left[i]];
        i = left[i];
      }
      return i - 1;
    }
  }

  /** What scoring needs of a clause, computed once however often the clause is scored. */
  record Profile(Clause clause, List<Object> ownValues, long[] words) {
    static Profile of(Clause c) {
      List<Object> values = new ArrayList<>();
      for (OwnField f : c.ownFields()) {
        values.add(f.value());
      }
      return new Profile(c, values, wordHashes(c.text()));
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

  /**
   * The distinct words of {@code text} (runs of letters and digits, case ignored) as sorted 64-bit hashes.
   * Scoring compares every new clause with up to {@link #PAIRWISE_LIMIT} old ones: merging two sorted arrays
   * is several times faster than probing hash sets of strings, and a collision between two words is
   * negligible at 64 bits (it could only nudge a similarity score).
   */
  static long[] wordHashes(String text) {
    long[] hashes = new long[16];
    int count = 0;
    long hash = FNV_OFFSET;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(ch)) {
        hash = (hash ^ Character.toLowerCase(ch)) * FNV_PRIME;
        inWord = true;
      } else if (inWord) {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = hash;
        hash = FNV_OFFSET;
        inWord = false;
      }
    }
    long[] sorted = Arrays.copyOf(hashes, count);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, distinct);
  }

  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 && b.length == 0) {
      return 1;
    }
    int both = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] == b[j]) {
        both++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) both / (a.length + b.length - both);
  }
}
