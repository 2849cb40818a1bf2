package dev.haven.bench;

import dev.haven.importer.ImportOptions;
import dev.haven.importer.ImportResult;
import dev.haven.importer.Importer;
import dev.haven.importer.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
 * Warm time to draft a set from 128 KB and from 1 MB of real policy text (the labelled documents, one after the
 * other, as often as it takes): eight times the text should take about eight times as long. Run from the
 * repository's root: {@code java -jar bench/target/benchmarks.jar ImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ImportBenchmark {

  @Param({"131072", "1048576"})
  public int bytes;

  private byte[] text;
  private final Importer importer = new Importer();

  @Setup
  public void setUp() throws IOException {
    text = PolicyText.of(Path.of("importer/labelled"), bytes).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public ImportResult draft() {
    return importer.importBytes("bench.txt", text, InputFormat.TEXT, ImportOptions.DEFAULTS);
  }
}
