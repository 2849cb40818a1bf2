package dev.haven.bench;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.model.ClauseSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link DiffBenchmark} with the CPU caches emptied before every diff, so that every size reads its sets from
 * main memory. In the warm benchmark the two 1,000-clause sets stay in the caches between diffs and larger sets
 * do not, which makes the step from 1,000 to 10,000 clauses measure the cache size as much as the algorithm;
 * here every size pays for memory alike, and what is left is how the work grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffColdCacheBenchmark {

  /** Larger than the last-level cache of the machines this runs on (the 2-core VM's host has 16-32 MB per CCX). */
  private static final int EVICTION_BYTES = 128 << 20;

  @Param({"1000", "10000", "100000"})
  public int clauses;

  private ClauseSet before;
  private ClauseSet after;
  private final byte[] eviction = new byte[EVICTION_BYTES];
  private long sink;

  @Setup
  public void setUp() {
    before = SyntheticSets.generate(clauses, 42);
    after = SyntheticSets.mutate(SyntheticSets.generate(clauses, 42), 7);
  }

  /** Writes a buffer larger than the caches, one byte per cache line, so that the sets are no longer cached. */
  @Setup(Level.Invocation)
  public void evictCaches() {
    for (int i = 0; i < eviction.length; i += 64) {
      eviction[i]++;
    }
    sink += eviction[(int) (sink & (EVICTION_BYTES - 1))];
  }

  @Benchmark
  public SetDiff diff() {
    return Diff.between(before, after);
  }
}
