package dev.haven.importer.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many literals occur in a text in one pass over it (an Aho–Corasick automaton), comparing
 * {@linkplain RequiredLiterals#fold(char) folded} characters. It tells the rule book which rules can match a text at
 * all before any of their regular expressions runs.
 */
final class LiteralScanner {

  private static final int ROOT = 0;

  /** Literal → its number, in the order they were added. */
  private final Map<String, Integer> numbers = new LinkedHashMap<>();

  // the automaton, built by build(): goto edges in an open-addressing table keyed by (state, character)
  private long[] edgeKeys;
  private int[] edgeTargets;
  private int[] failure;
  /** For each state, the numbers of the literals that end there, its own and those of its failure chain. */
  private int[][] found;

  /** The number of {@code literal} (already folded), adding it if it is new. Only before {@link #build()}. */
  int add(String literal) {
    if (failure != null) {
      throw new IllegalStateException("the scanner is built");
    }
    if (literal.isEmpty()) {
      throw new IllegalArgumentException("an empty literal is in every text");
    }
    return numbers.computeIfAbsent(literal, l -> numbers.size());
  }

  /** How many literals the scanner looks for. */
  int size() {
    return numbers.size();
  }

  /** Builds the automaton from the literals added; call once, before {@link #scan(CharSequence)}. */
  LiteralScanner build() {
    List<Map<Character, Integer>> edges = new ArrayList<>();
    List<List<Integer>> ends = new ArrayList<>();
    edges.add(new LinkedHashMap<>());
    ends.add(new ArrayList<>());
    for (Map.Entry<String, Integer> literal : numbers.entrySet()) {
      int state = ROOT;
      for (char c : literal.getKey().toCharArray()) {
        Integer next = edges.get(state).get(c);
        if (next == null) {
          next = edges.size();
          edges.add(new LinkedHashMap<>());
          ends.add(new ArrayList<>());
          edges.get(state).put(c, next);
        }
        state = next;
      }
      ends.get(state).add(literal.getValue());
    }
    int states = edges.size();
    int edgeCount = states - 1;
    int capacity = Integer.highestOneBit(Math.max(16, edgeCount * 2)) * 2;
    edgeKeys = new long[capacity];
    Arrays.fill(edgeKeys, -1L);
    edgeTargets = new int[capacity];
    for (int s = 0; s < states; s++) {
      for (Map.Entry<Character, Integer> e : edges.get(s).entrySet()) {
        putEdge(s, e.getKey(), e.getValue());
      }
    }
    failure = new int[states];
    found = new int[states][];
    found[ROOT] = new int[0];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int child : edges.get(ROOT).values()) {
      failure[child] = ROOT;
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int s = queue.poll();
      found[s] = concat(ends.get(s), found[failure[s]]);
      for (Map.Entry<Character, Integer> e : edges.get(s).entrySet()) {
        int child = e.getValue();
        failure[child] = step(failure[s], e.getKey());
        queue.add(child);
      }
    }
    return this;
  }

  /** The numbers of the literals that occur in {@code text}. */
  BitSet scan(CharSequence text) {
    BitSet out = new BitSet(numbers.size());
    int state = ROOT;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, RequiredLiterals.fold(text.charAt(i)));
      for (int literal : found[state]) {
        out.set(literal);
      }
    }
    return out;
  }

  private int step(int state, char c) {
    while (true) {
      int next = edge(state, c);
      if (next >= 0) {
        return next;
      }
      if (state == ROOT) {
        return ROOT;
      }
      state = failure[state];
    }
  }

  private static int[] concat(List<Integer> own, int[] inherited) {
    int[] out = Arrays.copyOf(inherited, inherited.length + own.size());
    for (int i = 0; i < own.size(); i++) {
      out[inherited.length + i] = own.get(i);
    }
    return out;
  }

  private void putEdge(int state, char c, int target) {
    long key = key(state, c);
    int slot = slot(key);
    while (edgeKeys[slot] != -1L) {
      slot = (slot + 1) & (edgeKeys.length - 1);
    }
    edgeKeys[slot] = key;
    edgeTargets[slot] = target;
  }

  private int edge(int state, char c) {
    long key = key(state, c);
    int slot = slot(key);
    while (true) {
      long k = edgeKeys[slot];
      if (k == key) {
        return edgeTargets[slot];
      }
      if (k == -1L) {
        return -1;
      }
      slot = (slot + 1) & (edgeKeys.length - 1);
    }
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (edgeKeys.length - 1);
  }
}
