package dev.haven.cli;

import com.openhtmltopdf.util.XRLog;
import dev.haven.core.io.AtomicFile;
import dev.haven.core.model.ClauseSet;
import dev.haven.render.AkomaNtosoRenderer;
import dev.haven.render.HtmlRenderer;
import dev.haven.render.MarkdownRenderer;
import dev.haven.render.PdfRenderer;
import dev.haven.render.PlainTextRenderer;
import dev.haven.render.RenderFormat;
import dev.haven.render.Renderer;
import dev.haven.render.TextRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code haven render PATH --format F [-o FILE]}: a clause set as a document people read. */
@Command(
    name = "render",
    header = "Renders one clause set as html, text, markdown, pdf or akn.",
    mixinStandardHelpOptions = true,
    description = {
        "Renders one clause set as a document: html (one self-contained page with print styles), text "
            + "(plain text for printing), markdown, pdf or akn (Akoma Ntoso 3.0 XML).",
        "Text formats go to standard output unless -o is given; a PDF needs -o or a redirected output.",
        "-o FILE is written whole or not at all, and never over the input file."
    })
final class RenderCommand extends Subcommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PATH",
      description = "The clause set: a file, or a folder that holds exactly one clause-set file.")
  private Path input;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converters.Format.class,
      description = "html, text, markdown, pdf or akn. Without it, taken from the -o file's extension.")
  private RenderFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the document to FILE.")
  private Path output;

  @Option(names = "--clean", description = "The document as it would be introduced: title block, number, sponsors,"
      + " recitals, the clauses' words and the attestation, without kind, modality, scope, exception, condition and"
      + " source annotations (html, text, markdown, pdf; akn always carries them).")
  private boolean clean;

  @Option(names = "--generated", paramLabel = "DATE", converter = AsOfOption.DateConverter.class,
      description = "akn: the day the document records as its making, its manifestation's and publication's date"
          + " (YYYY-MM-DD; default: the day SOURCE_DATE_EPOCH names when it is set, else today).")
  private java.time.LocalDate generated;

  @Option(names = "--width", paramLabel = "COLUMNS", defaultValue = "72",
      description = "text: line width, margin included, at least 40 (default: ${DEFAULT-VALUE}).")
  private int width;

  @Option(names = "--line-numbers", description = "text: number the lines in the margin, as drafts do.")
  private boolean lineNumbers;

  @Option(names = "--page-lines", paramLabel = "LINES", defaultValue = "0",
      description = "text: break pages (form feed, running header, page numbers) every LINES lines, at least 10;"
          + " 0, the default, for no pages.")
  private int pageLines;

  @Override
  public Integer call() throws IOException {
    RenderFormat chosen = chooseFormat();
    Renderer renderer = renderer(chosen);
    SetLoader.Loaded loaded = loader().loadAll(List.of(input), diagnostics());
    if (loaded.anyInvalid()) {
      return ExitCode.BAD_INPUT;
    }
    if (loaded.sets().size() != 1) {
      throw new InputException(input + ": holds " + loaded.sets().size()
          + " clause sets; render takes one: name a file");
    }
    LoadedSet loadedSet = loaded.sets().get(0);
    ClauseSet set = loadedSet.set();
    if (chosen == RenderFormat.PDF) {
      XRLog.setLoggingEnabled(false); // openhtmltopdf would log to stderr; a command prints only its errors
    }
    try {
      return write(chosen, renderer, loadedSet);
    } catch (PdfRenderer.TooLongException e) {
      throw new InputException(input + ": " + e.getMessage());
    }
  }

  private int write(RenderFormat chosen, Renderer renderer, LoadedSet loadedSet) throws IOException {
    ClauseSet set = loadedSet.set();
    if (output == null) {
      if (!chosen.isText() && terminal().interactive()) {
        throw new InputException("will not write a " + chosen.wireName().toUpperCase(Locale.ROOT) + " to the terminal:"
            + " give -o FILE, or redirect the output (> file." + chosen.extension() + ")");
      }
      if (renderer instanceof TextRenderer text) {
        out().print(text.render(set));
        out().flush();
      } else {
        renderer.render(set, binaryOut());
        binaryOut().flush();
      }
      return ExitCode.OK;
    }
    OutputTarget.check(output, List.of(Path.of(loadedSet.file())));
    AtomicFile.write(output, out -> renderer.render(set, out));
    return ExitCode.OK;
  }

  private RenderFormat chooseFormat() {
    if (format != null) {
      return format;
    }
    if (output == null) {
      throw new InputException("--format is required (html, text, markdown, pdf or akn)");
    }
    return RenderFormat.forFileName(output.getFileName().toString()).orElseThrow(() -> new InputException(
        "cannot tell the format from " + output.getFileName() + ": give --format (html, text, markdown, pdf or akn)"));
  }

  private Renderer renderer(RenderFormat chosen) {
    boolean textOptions = width != 72 || lineNumbers || pageLines != 0;
    if (textOptions && chosen != RenderFormat.TEXT) {
      throw new InputException("--width, --line-numbers and --page-lines apply to --format text only");
    }
    if (generated != null && chosen != RenderFormat.AKN) {
      throw new InputException("--generated applies to --format akn only: the other formats record no day of"
          + " rendering");
    }
    if (clean && chosen == RenderFormat.AKN) {
      throw new InputException("--clean does not apply to akn: Akoma Ntoso keeps the annotations in its markup;"
          + " use html, text, markdown or pdf for a clean copy");
    }
    return switch (chosen) {
      case HTML -> HtmlRenderer.builder().clean(clean).build();
      case TEXT -> textRenderer();
      case MARKDOWN -> MarkdownRenderer.builder().clean(clean).build();
      case PDF -> PdfRenderer.builder().clean(clean).build();
      case AKN -> AkomaNtosoRenderer.builder().generated(generatedDay()).build();
    };
  }

  /** --generated, else SOURCE_DATE_EPOCH's day (reproducible builds), else today. */
  private java.time.LocalDate generatedDay() {
    if (generated != null) {
      return generated;
    }
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) {
      return java.time.LocalDate.now();
    }
    try {
      return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(java.time.ZoneOffset.UTC)
          .toLocalDate();
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new InputException("SOURCE_DATE_EPOCH is '" + epoch + "'; expected a number of seconds since"
          + " 1970-01-01T00:00:00Z");
    }
  }

  private Renderer textRenderer() {
    try {
      return PlainTextRenderer.builder().width(width).lineNumbers(lineNumbers).pageLines(pageLines).clean(clean)
          .build();
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage());
    }
  }
}
