package example;

import dev.haven.core.ClauseSets;
import dev.haven.core.Haven;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Match;
import dev.haven.render.HtmlRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Which clauses bind the police, in every set of a folder; and one set as a web page.
 *
 * <p>Run: {@code java -cp ... example.PoliceRules ../../../seeds/corpus target/madison.html}
 */
public final class PoliceRules {

  private PoliceRules() {}

  public static void main(String[] args) throws IOException {
    Path seeds = Path.of(args.length > 0 ? args[0] : "../../../seeds/corpus");
    Path page = Path.of(args.length > 1 ? args[1] : "target/madison.html");
    for (String line : report(seeds, page)) {
      System.out.println(line);
    }
  }

  /** One line per clause that binds the police, with its exceptions; writes Madison's resolution to {@code page}. */
  static List<String> report(Path seeds, Path page) throws IOException {
    ClauseSets sets = Haven.readAll(seeds);
    List<Match> police = sets.query(Haven.query().actor("police"));
    List<String> lines = police.stream()
        .map(m -> m.set().jurisdiction().name() + " | " + m.clause().kind().wireName() + " | "
            + m.clause().modality().map(Object::toString).orElse("-") + " | exceptions: "
            + m.clause().core().exceptions().stream().map(e -> e.ground().wireName()).toList())
        .toList();
    ClauseSet madison = sets.byId("us-wi-madison/res-2017-safe-haven").orElseThrow();
    Files.createDirectories(page.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(page)) {
      HtmlRenderer.builder().build().render(madison, out);
    }
    return lines;
  }
}
