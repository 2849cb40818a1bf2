package dev.haven.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;

/**
 * {@link DiffBenchmark} with the CPU caches emptied before every diff, so that every size reads its sets from
 * main memory. In the warm benchmark the two 1,000-clause sets stay in the caches between diffs and larger sets
 * do not, which makes the step from 1,000 to 10,000 clauses measure the cache size as much as the algorithm;
 * here every size pays for memory alike, and what is left is how the work grows. The sets, the diff and the JMH
 * settings are inherited.
 */
public class DiffColdCacheBenchmark extends DiffBenchmark {

  /** Larger than the last-level cache of the machines this runs on (the 2-core VM's host has 16-32 MB per CCX). */
  private static final int EVICTION_BYTES = 128 << 20;

  private final byte[] eviction = new byte[EVICTION_BYTES];
  private long sink;

  /** Writes a buffer larger than the caches, one byte per cache line, so that the sets are no longer cached. */
  @Setup(Level.Invocation)
  public void evictCaches() {
    for (int i = 0; i < eviction.length; i += 64) {
      eviction[i]++;
    }
    sink += eviction[(int) (sink & (EVICTION_BYTES - 1))];
  }
}
