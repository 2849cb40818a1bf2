package dev.haven.cli;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's training runs for its class-data archives: the commands of one family once each, in one JVM, on
 * the bundled seeds, with all output discarded, so that the family's archive holds the classes its commands load.
 * The launcher keeps one archive per family (query, documents, import, everything else): one archive for all
 * would hold the document and import libraries too, and mapping it slows the start of a query more than it speeds
 * a render. PDF is left out of the documents' training: its libraries would triple that archive.
 */
public final class TrainingRun {

  private TrainingRun() {}

  /**
   * Runs each command of a family; a command that fails is skipped, the archive is then only smaller.
   *
   * @param args the repository's root, then the family: {@code query}, {@code render}, {@code import} or
   *     {@code core}
   */
  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : ".");
    String family = args.length > 1 ? args[1] : "core";
    String seeds = root.resolve("seeds").toString();
    String corpus = root.resolve("seeds/corpus").toString();
    String madison = root.resolve("seeds/corpus/us-wi-madison/res-2017-safe-haven.yaml").toString();
    String police = root.resolve("seeds/corpus/us-wi-madison/mpd-immigration-2017.yaml").toString();
    String template = root.resolve("seeds/templates/safe-haven-resolution.yaml").toString();
    String source = root.resolve("seeds/sources/madison-res-2017.txt").toString();
    List<String[]> commands = switch (family) {
      case "render" -> List.of(
          new String[] {"render", madison, "-f", "html"},
          new String[] {"render", madison, "-f", "text"},
          new String[] {"render", madison, "-f", "markdown"},
          new String[] {"render", madison, "-f", "akn"});
      case "import" -> List.<String[]>of(new String[] {"import", source});
      case "query" -> List.<String[]>of(new String[] {"query", seeds, "--kind", "status-non-inquiry"});
      default -> List.of(
          new String[] {"kinds"},
          new String[] {"validate", seeds},
          new String[] {"diff", madison, police},
          new String[] {"adapt", template, "--set", "city=City of Riverton"},
          new String[] {"lint", corpus},
          new String[] {"compare", corpus},
          new String[] {"history", corpus},
          new String[] {"panel", corpus, "--to", "2025-12-31"});
    };
    HavenCli cli = new HavenCli(Terminal.PIPE);
    for (String[] command : commands) {
      cli.run(OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), command);
    }
  }
}
