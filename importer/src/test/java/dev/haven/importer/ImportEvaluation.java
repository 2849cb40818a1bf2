package dev.haven.importer;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Term;
import dev.haven.core.testing.Fixtures;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.importer.labelled.GreedyPairing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports the source texts behind {@code seeds/corpus/} and compares the drafts with the hand-encoded sets.
 *
 * <p>Clauses are paired one to one, greedily, by the overlap of their words (a draft clause is read with its
 * lead-ins, since the hand encoding often joins a list item to the words that lead into it); pairs sharing less
 * than {@link #MIN_OVERLAP} of their words are not paired. A draft clause left unpaired counts against precision,
 * a hand clause left unpaired against recall.
 */
final class ImportEvaluation {

  static final Path SOURCES = Fixtures.SEEDS.resolve("sources");
  static final Path CORPUS = Fixtures.SEEDS.resolve("corpus");
  static final double MIN_OVERLAP = 0.3;

  /** One hand clause paired with one drafted clause. */
  record Pair(Clause gold, Clause drafted) {}

  /** Counts for one kind. */
  static final class KindCounts {
    int gold;
    int drafted;
    int correct;
  }

  final Map<ClauseKind, KindCounts> kinds = new EnumMap<>(ClauseKind.class);
  final List<Pair> pairs = new ArrayList<>();
  /** Hand clauses whose words the source text mostly lacks: the encoder took them from elsewhere. */
  final List<Clause> notInSource = new ArrayList<>();
  /** The clauses left unpaired, one line each, for a person tuning the rules. */
  final List<String> unpaired = new ArrayList<>();
  /** The pairs whose kinds differ, one line each, for the same person. */
  final List<String> disagreements = new ArrayList<>();
  final List<String> modalityDisagreements = new ArrayList<>();
  int goldClauses;
  int draftedClauses;
  int modalityCompared;
  int modalityCorrect;
  int goldGrounds;
  int groundsFound;
  int extensionGrounds;
  int sources;

  static ImportEvaluation run() {
    ImportEvaluation e = new ImportEvaluation();
    for (String line : lines(SOURCES.resolve("evaluation.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      ImportResult draft = new Importer().importFile(SOURCES.resolve(columns[0]), ImportOptions.DEFAULTS);
      List<Clause> gold = new ArrayList<>();
      for (String set : columns[1].split(" ")) {
        gold.addAll(Fixtures.load(CORPUS.resolve(set)).clauses());
      }
      Set<String> sourceBigrams = bigrams(read(SOURCES.resolve(columns[0])));
      e.add(gold, draft);
      for (Clause c : gold) {
        Set<String> own = bigrams(c.text());
        long found = own.stream().filter(sourceBigrams::contains).count();
        if (own.isEmpty() || found * 2 < own.size()) {
          e.notInSource.add(c);
        }
      }
      e.sources++;
    }
    return e;
  }

  private void add(List<Clause> gold, ImportResult draft) {
    ClauseSet set = draft.set();
    List<Clause> drafted = set.clauses();
    List<Set<String>> draftedWords = new ArrayList<>();
    for (int i = 0; i < drafted.size(); i++) {
      ImportedClause info = draft.clauses().get(i);
      draftedWords.add(words(String.join(" ", info.leadIns()) + " " + drafted.get(i).text()));
    }
    Set<Integer> goldTaken = new HashSet<>();
    Set<Integer> draftTaken = new HashSet<>();
    List<Set<String>> goldWords = gold.stream().map(c -> words(c.text())).toList();
    for (int[] pair : GreedyPairing.pairs(goldWords, draftedWords, ImportEvaluation::overlap, MIN_OVERLAP)) {
      goldTaken.add(pair[0]);
      draftTaken.add(pair[1]);
      pairs.add(new Pair(gold.get(pair[0]), drafted.get(pair[1])));
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken.contains(g)) {
        unpaired.add("GOLD  " + gold.get(g).kind().wireName() + " | " + cut(gold.get(g).text()));
      }
    }
    for (int d = 0; d < drafted.size(); d++) {
      if (!draftTaken.contains(d)) {
        unpaired.add("DRAFT " + drafted.get(d).kind().wireName() + " " + draft.clauses().get(d).locator() + " | "
            + cut(drafted.get(d).text()));
      }
    }
    for (Clause c : gold) {
      kinds.computeIfAbsent(c.kind(), k -> new KindCounts()).gold++;
    }
    for (Clause c : drafted) {
      kinds.computeIfAbsent(c.kind(), k -> new KindCounts()).drafted++;
    }
    goldClauses += gold.size();
    draftedClauses += drafted.size();
  }

  /** Scores the pairs; call once after every source is added. */
  ImportEvaluation score() {
    for (Pair p : pairs) {
      if (p.gold().kind() == p.drafted().kind()) {
        kinds.get(p.gold().kind()).correct++;
      } else {
        disagreements.add("HAND " + p.gold().kind().wireName() + " / DRAFT " + p.drafted().kind().wireName()
            + " | " + cut(p.drafted().text()));
      }
      modalityCompared++;
      if (p.gold().modality().equals(p.drafted().modality())) {
        modalityCorrect++;
      } else {
        modalityDisagreements.add("HAND " + p.gold().modality().map(m -> m.wireName()).orElse("-") + " / DRAFT "
            + p.drafted().modality().map(m -> m.wireName()).orElse("-") + " | " + cut(p.drafted().text()));
      }
      Set<ExceptionGround> found = grounds(p.drafted());
      for (Term<ExceptionGround> g : groundTerms(p.gold())) {
        if (g.known().isEmpty()) {
          extensionGrounds++;
          continue;
        }
        goldGrounds++;
        if (found.contains(g.known().get())) {
          groundsFound++;
        }
      }
    }
    return this;
  }

  private static List<Term<ExceptionGround>> groundTerms(Clause c) {
    List<Term<ExceptionGround>> out = new ArrayList<>(c.core().exceptions().stream().map(Exemption::ground)
        .toList());
    if (c instanceof CooperationCondition cc) {
      out.addAll(cc.grounds());
    }
    return out.stream().distinct().toList();
  }

  private static Set<ExceptionGround> grounds(Clause c) {
    return groundTerms(c).stream().flatMap(t -> t.known().stream()).collect(Collectors.toSet());
  }

  int correct() {
    return kinds.values().stream().mapToInt(k -> k.correct).sum();
  }

  double precision() {
    return draftedClauses == 0 ? 0 : (double) correct() / draftedClauses;
  }

  double recall() {
    return goldClauses == 0 ? 0 : (double) correct() / goldClauses;
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Kind recall over the hand clauses whose words are in the source text. */
  double recallInSource() {
    int gold = goldClauses - notInSource.size();
    long correct = pairs.stream().filter(p -> p.gold().kind() == p.drafted().kind())
        .filter(p -> notInSource.stream().noneMatch(c -> c == p.gold())).count();
    return gold == 0 ? 0 : (double) correct / gold;
  }

  double f1InSource() {
    double p = precision();
    double r = recallInSource();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  double modalityAccuracy() {
    return modalityCompared == 0 ? 0 : (double) modalityCorrect / modalityCompared;
  }

  double groundRecall() {
    return goldGrounds == 0 ? 1 : (double) groundsFound / goldGrounds;
  }

  /** The Markdown tables docs/import.md shows. */
  String table() {
    StringBuilder sb = new StringBuilder();
    sb.append("| measure | value |\n|---|---|\n");
    sb.append(row("source texts", String.valueOf(sources)));
    sb.append(row("hand-encoded clauses", String.valueOf(goldClauses)));
    sb.append(row("drafted clauses", String.valueOf(draftedClauses)));
    sb.append(row("pairs (hand ↔ drafted)", String.valueOf(pairs.size())));
    sb.append(row("kind precision", pct(precision()) + " (" + correct() + " / " + draftedClauses + ")"));
    sb.append(row("kind recall", pct(recall()) + " (" + correct() + " / " + goldClauses + ")"));
    sb.append(row("kind F1", pct(f1())));
    sb.append(row("hand clauses whose words are not in the source text", String.valueOf(notInSource.size())));
    sb.append(row("kind recall, F1 over the others", pct(recallInSource()) + ", " + pct(f1InSource())));
    sb.append(row("modality accuracy (pairs)", pct(modalityAccuracy()) + " (" + modalityCorrect + " / "
        + modalityCompared + ")"));
    sb.append(row("exception-ground recall (pairs)", pct(groundRecall()) + " (" + groundsFound + " / "
        + goldGrounds + "; " + extensionGrounds + " x- grounds not counted)"));
    sb.append("\n| kind | hand | drafted | both agree | precision | recall |\n|---|---|---|---|---|---|\n");
    for (Map.Entry<ClauseKind, KindCounts> e : kinds.entrySet()) {
      KindCounts k = e.getValue();
      sb.append("| ").append(e.getKey().wireName()).append(" | ").append(k.gold).append(" | ").append(k.drafted)
          .append(" | ").append(k.correct).append(" | ")
          .append(k.drafted == 0 ? "–" : pct((double) k.correct / k.drafted)).append(" | ")
          .append(k.gold == 0 ? "–" : pct((double) k.correct / k.gold)).append(" |\n");
    }
    return sb.toString();
  }

  private static String cut(String text) {
    return text.length() <= 110 ? text : text.substring(0, 107) + "...";
  }

  private static String row(String name, String value) {
    return "| " + name + " | " + value + " |\n";
  }

  private static String pct(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** Lowercase words of two letters or more. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 1) {
        out.add(w);
      }
    }
    return out;
  }

  /** Jaccard overlap of two word sets. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    long both = a.stream().filter(b::contains).count();
    return (double) both / (a.size() + b.size() - both);
  }

  /** Pairs of consecutive words, lowercase. */
  static Set<String> bigrams(String text) {
    String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    Set<String> out = new HashSet<>();
    for (int i = 1; i < w.length; i++) {
      if (!w[i - 1].isEmpty() && !w[i].isEmpty()) {
        out.add(w[i - 1] + " " + w[i]);
      }
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
