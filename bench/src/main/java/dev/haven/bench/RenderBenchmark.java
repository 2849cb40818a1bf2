package dev.haven.bench;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.ClauseSet;
import dev.haven.render.AkomaNtosoRenderer;
import dev.haven.render.HtmlRenderer;
import dev.haven.render.MarkdownRenderer;
import dev.haven.render.PdfRenderer;
import dev.haven.render.PlainTextRenderer;
import dev.haven.render.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
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
 * Warm time to render one set in each format: Madison's resolution (from {@code seeds/}, so run from the
 * repository root) and a synthetic set of 1,000 clauses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class RenderBenchmark {

  static final Path MADISON = Path.of("seeds", "corpus", "us-wi-madison", "res-2017-safe-haven.yaml");

  @Param({"madison", "synthetic-1000"})
  public String set;

  @Param({"html", "text", "markdown", "pdf", "akn"})
  public String format;

  private ClauseSet clauses;
  private Renderer renderer;

  @Setup
  public void setUp() {
    clauses = set.equals("madison") ? madison() : SyntheticSets.generate(1000, 42);
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines would interleave with JMH's output
    renderer = switch (format) {
      case "html" -> HtmlRenderer.builder().build();
      case "text" -> PlainTextRenderer.builder().build();
      case "markdown" -> MarkdownRenderer.builder().build();
      case "pdf" -> PdfRenderer.builder().build();
      case "akn" -> AkomaNtosoRenderer.builder().build();
      default -> throw new IllegalArgumentException("no format " + format);
    };
  }

  @Benchmark
  public byte[] render() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    renderer.render(clauses, out);
    return out.toByteArray();
  }

  private static ClauseSet madison() {
    if (!Files.exists(MADISON)) {
      throw new IllegalStateException(MADISON + " not found: run the benchmark from the repository root");
    }
    LoadResult result = new ClauseSetReader().read(MADISON);
    if (!result.isValid()) {
      throw new IllegalStateException(MADISON + " is not valid: " + result.problems());
    }
    return result.clauseSet();
  }
}
