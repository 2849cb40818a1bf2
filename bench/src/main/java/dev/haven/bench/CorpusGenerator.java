package dev.haven.bench;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseCore;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.vocab.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic corpus for timing {@code haven query} and {@code haven compare} at scale: COUNT valid sets,
 * each a variation of one of the real sets under SEEDS (its own jurisdiction, a random four fifths of the
 * clauses, some exceptions dropped), 1,000 files per folder. The same COUNT gives the same corpus.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.haven.bench.CorpusGenerator seeds/corpus OUT 20000</pre>
 */
public final class CorpusGenerator {

  private CorpusGenerator() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: CorpusGenerator SEEDS-FOLDER OUT-FOLDER COUNT");
      System.exit(2);
    }
    List<ClauseSet> seeds = new ArrayList<>();
    for (Path file : ClauseSetFiles.under(Path.of(args[0]))) {
      LoadResult r = new ClauseSetReader().read(file);
      if (r.isValid() && r.clauseSet().status() != Status.REPEALED && r.clauseSet().status() != Status.TEMPLATE) {
        seeds.add(r.clauseSet());
      }
    }
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    ClauseSetWriter writer = new ClauseSetWriter();
    Random random = new Random(count);
    for (int i = 0; i < count; i++) {
      ClauseSet set = vary(seeds.get(i % seeds.size()), i, random);
      Path dir = out.resolve(String.format(Locale.ROOT, "part-%03d", i / 1000));
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(String.format(Locale.ROOT, "set-%06d.yaml", i)), writer.toYaml(set));
    }
    System.err.println("wrote " + count + " sets under " + out + " (from " + seeds.size() + " seed sets)");
  }

  static ClauseSet vary(ClauseSet seed, int n, Random random) {
    List<Clause> clauses = new ArrayList<>();
    for (Clause clause : seed.clauses()) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      List<Exemption> kept = clause.exceptions().stream().filter(e -> random.nextInt(10) >= 3).toList();
      ClauseCore c = clause.core();
      clauses.add(clause.withCore(new ClauseCore(c.id(), c.modality(), c.actors(), c.text(), c.title(), kept,
          c.conditions(), c.source(), c.notes(), c.extensions())));
    }
    if (clauses.isEmpty()) {
      clauses.add(seed.clauses().get(0));
    }
    Jurisdiction j = seed.jurisdiction();
    String name = String.format(Locale.ROOT, "Synthetic %s %06d (from %s)", j.level().wireName(), n, j.name());
    String local = seed.id().substring(seed.id().indexOf('/') + 1);
    return new ClauseSet(String.format(Locale.ROOT, "zz-synthetic-%06d/%s", n, local), seed.title(),
        new Jurisdiction(name, j.level(), j.state(), j.country(), j.extensions()), seed.type(), seed.body(),
        Status.ADOPTED, seed.date(), seed.params(), seed.parties(), seed.sources(), seed.notes(), seed.recitals(),
        clauses, seed.extensions());
  }
}
