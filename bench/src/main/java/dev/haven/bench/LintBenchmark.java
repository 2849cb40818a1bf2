package dev.haven.bench;

import dev.haven.core.lint.Finding;
import dev.haven.core.lint.Linter;
import dev.haven.core.model.ClauseSet;
import java.util.List;
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
 * Warm time to lint one synthetic set of 1,000 and of 10,000 clauses: the two sizes show whether the overlap and
 * contradiction rules stay near-linear (ten times the clauses, about ten times the time) or go back to comparing
 * every pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LintBenchmark {

  @Param({"1000", "10000"})
  public int clauses;

  private ClauseSet set;
  private final Linter linter = new Linter();

  @Setup
  public void setUp() {
    set = SyntheticSets.generate(clauses, 42);
  }

  @Benchmark
  public List<Finding> lint() {
    return linter.lint(set);
  }
}
