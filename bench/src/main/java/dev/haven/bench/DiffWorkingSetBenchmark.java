package dev.haven.bench;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.model.ClauseSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A control for {@link DiffBenchmark}: every operation diffs one pair of 1,000-clause sets, but the pairs rotate
 * through {@code pairs} different ones. The work per operation is the same whatever {@code pairs} is; only the
 * memory it touches grows. If time per operation grows with {@code pairs}, the growth that DiffBenchmark shows
 * from 1k to 100k clauses comes from memory (caches), not from the algorithm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DiffWorkingSetBenchmark {

  @Param({"1", "10", "100"})
  public int pairs;

  private ClauseSet[] before;
  private ClauseSet[] after;
  private int next;

  @Setup
  public void setUp() {
    before = new ClauseSet[pairs];
    after = new ClauseSet[pairs];
    for (int i = 0; i < pairs; i++) {
      before[i] = SyntheticSets.generate(1000, 42 + i);
      after[i] = SyntheticSets.mutate(SyntheticSets.generate(1000, 42 + i), 7 + i);
    }
  }

  @Benchmark
  public SetDiff diffOneOfManyPairs() {
    int i = next;
    next = i + 1 == pairs ? 0 : i + 1;
    return Diff.between(before[i], after[i]);
  }
}
