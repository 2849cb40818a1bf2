package dev.haven.importer.labelled;

import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.Exemption;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.importer.ImportException;
import dev.haven.importer.ImportOptions;
import dev.haven.importer.ImportResult;
import dev.haven.importer.Importer;
import dev.haven.importer.labelled.LabelledDocument.Label;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How the importer's drafts of labelled documents compare with their labels. Drafted clauses and labels are paired
 * one to one, greedily, by the share of the label's words the draft (with its lead-ins) holds; pairs that share less
 * than {@link #MIN_OVERLAP} are not paired. A set's recitals, together, are one more draft: the framing provision
 * (a general provision without modality) that the labels make of a run of recitals. A draft left unpaired counts
 * against precision, a label left unpaired against recall; on a document whose labels are not complete, unpaired
 * drafts are not counted.
 */
public final class LabelledEvaluation {

  public static final double MIN_OVERLAP = 0.3;

  public int documents;
  public int imported;
  public int labels;
  public int drafted;
  public int paired;
  public int kindsRight;
  public int modalities;
  public int modalitiesRight;
  public int grounds;
  public int groundsFound;
  public int verbatim;
  /** Every drafted clause, counted or not in precision: what the verbatim share is of. */
  public int quotable;
  public final List<String> failures = new ArrayList<>();
  public final List<String> disagreements = new ArrayList<>();
  /** Labels no draft was paired with: what recall misses. */
  public final List<String> missed = new ArrayList<>();
  /** Paired labels whose modality the draft does not have. */
  public final List<String> modalityDisagreements = new ArrayList<>();
  /** Paired labels' exception grounds the draft does not name. */
  public final List<String> groundsMissed = new ArrayList<>();

  /** Evaluates {@code importer} on {@code docs}. */
  public static LabelledEvaluation of(List<LabelledDocument> docs, Function<LabelledDocument, ImportResult> importer) {
    LabelledEvaluation e = new LabelledEvaluation();
    for (LabelledDocument doc : docs) {
      e.documents++;
      ImportResult result;
      try {
        result = importer.apply(doc);
      } catch (ImportException ex) {
        e.failures.add(doc.name() + ": " + ex.getMessage());
        e.labels += doc.provisions().size();
        continue;
      }
      e.imported++;
      e.add(doc, result);
    }
    return e;
  }

  /** The shipped importer on a document's file. */
  public static ImportResult shipped(LabelledDocument doc) {
    return new Importer().importFile(doc.text(), ImportOptions.DEFAULTS);
  }

  /** What a draft says that a label is compared with: a clause's reading, or the recitals' as framing. */
  private record Draft(ClauseKind kind, Optional<Modality> modality, Set<ExceptionGround> grounds) {

    static Draft of(Clause c) {
      Set<ExceptionGround> found = EnumSet.noneOf(ExceptionGround.class);
      for (Exemption x : c.core().exceptions()) {
        x.ground().known().ifPresent(found::add);
      }
      if (c instanceof CooperationCondition cc) {
        cc.grounds().forEach(g -> g.known().ifPresent(found::add));
      }
      return new Draft(c.kind(), c.modality(), found);
    }

    static final Draft RECITALS = new Draft(ClauseKind.GENERAL_PROVISION, Optional.empty(), Set.of());
  }

  private void add(LabelledDocument doc, ImportResult result) {
    List<Clause> clauses = result.set().clauses();
    String source = doc.flatText();
    List<Set<String>> draftWords = new ArrayList<>();
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      draftWords.add(words(String.join(" ", result.clauses().get(i).leadIns()) + " " + clauses.get(i).text()));
      drafts.add(Draft.of(clauses.get(i)));
      quotable++;
      if (source.contains(LabelledDocument.flat(clauses.get(i).text()))) {
        verbatim++;
      }
    }
    List<String> recitals = result.set().recitals();
    if (!recitals.isEmpty()) {
      draftWords.add(words(String.join(" ", recitals)));
      drafts.add(Draft.RECITALS);
      quotable++;
      if (recitals.stream().allMatch(r -> source.contains(LabelledDocument.flat(r)))) {
        verbatim++;
      }
    }
    int[] labelOf = pairing(draftWords, doc.provisions());
    int pairedHere = 0;
    for (int d = 0; d < labelOf.length; d++) {
      if (labelOf[d] >= 0) {
        pairedHere++;
        pair(doc, doc.provisions().get(labelOf[d]), drafts.get(d));
      }
    }
    boolean[] isPaired = new boolean[doc.provisions().size()];
    for (int label : labelOf) {
      if (label >= 0) {
        isPaired[label] = true;
      }
    }
    for (int l = 0; l < isPaired.length; l++) {
      if (!isPaired[l]) {
        Label gold = doc.provisions().get(l);
        missed.add(doc.name() + ": " + gold.kind().wireName() + " not drafted: " + shorten(gold.text()));
      }
    }
    labels += doc.provisions().size();
    drafted += doc.complete() ? drafts.size() : pairedHere;
    for (Label l : doc.provisions()) {
      grounds += l.grounds().size();
    }
  }

  /**
   * Pairs drafts with labels one to one, greedily, best overlap first, as the class comment says.
   *
   * @param draftWords each draft's words, with its lead-ins'
   * @return for each draft, the index of its label, or -1
   */
  public static int[] pairing(List<Set<String>> draftWords, List<Label> labels) {
    List<Set<String>> gold = labels.stream().map(l -> words(l.text())).toList();
    int[] labelOf = new int[draftWords.size()];
    Arrays.fill(labelOf, -1);
    for (int[] pair : GreedyPairing.pairs(gold, draftWords, LabelledEvaluation::overlap, MIN_OVERLAP)) {
      labelOf[pair[1]] = pair[0];
    }
    return labelOf;
  }

  private void pair(LabelledDocument doc, Label gold, Draft draft) {
    paired++;
    if (gold.kind() == draft.kind()) {
      kindsRight++;
    } else {
      disagreements.add(doc.name() + ": " + gold.kind().wireName() + " drafted as " + draft.kind().wireName()
          + ": " + shorten(gold.text()));
    }
    if (gold.modality().isPresent()) {
      modalities++;
      if (gold.modality().equals(draft.modality())) {
        modalitiesRight++;
      } else {
        modalityDisagreements.add(doc.name() + ": " + gold.modality().get().wireName() + " drafted as "
            + draft.modality().map(Modality::wireName).orElse("none") + ": " + shorten(gold.text()));
      }
    }
    for (ExceptionGround g : gold.grounds()) {
      if (draft.grounds().contains(g)) {
        groundsFound++;
      } else {
        groundsMissed.add(doc.name() + ": " + g.wireName() + " not found: " + shorten(gold.text()));
      }
    }
  }

  /** Adds another evaluation's counts to this one's. */
  public void add(LabelledEvaluation o) {
    documents += o.documents;
    imported += o.imported;
    labels += o.labels;
    drafted += o.drafted;
    paired += o.paired;
    kindsRight += o.kindsRight;
    modalities += o.modalities;
    modalitiesRight += o.modalitiesRight;
    grounds += o.grounds;
    groundsFound += o.groundsFound;
    verbatim += o.verbatim;
    quotable += o.quotable;
    failures.addAll(o.failures);
    disagreements.addAll(o.disagreements);
    missed.addAll(o.missed);
    modalityDisagreements.addAll(o.modalityDisagreements);
    groundsMissed.addAll(o.groundsMissed);
  }

  public double precision() {
    return drafted == 0 ? 0 : (double) kindsRight / drafted;
  }

  public double recall() {
    return labels == 0 ? 0 : (double) kindsRight / labels;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double modalityAccuracy() {
    return modalities == 0 ? 0 : (double) modalitiesRight / modalities;
  }

  public double groundRecall() {
    return grounds == 0 ? 0 : (double) groundsFound / grounds;
  }

  /** The figures on one line of a Markdown table, after its name. */
  public String row(String name) {
    return String.format(Locale.ROOT, "| %s | %d | %d of %d | %.3f (%d/%d) | %.3f (%d/%d) | %.3f | %.3f (%d/%d) |"
        + " %.3f (%d/%d) | %.3f (%d/%d) |", name, documents, imported, documents, precision(), kindsRight, drafted,
        recall(), kindsRight, labels, f1(), modalityAccuracy(), modalitiesRight, modalities, groundRecall(),
        groundsFound, grounds, verbatimShare(), verbatim, quotable);
  }

  /** {@return the share of drafted clauses whose text is a verbatim span of their document} */
  public double verbatimShare() {
    return quotable == 0 ? 0 : (double) verbatim / quotable;
  }

  public static final String HEADER = "| Split | Documents | Imported | Kind precision | Kind recall | Kind F1 |"
      + " Modality | Exception grounds | Verbatim |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n";

  public static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }

  private static double overlap(Set<String> gold, Set<String> draft) {
    if (gold.isEmpty()) {
      return 0;
    }
    long shared = gold.stream().filter(draft::contains).count();
    return (double) shared / gold.size();
  }

  private static String shorten(String s) {
    return s.length() <= 130 ? s : s.substring(0, 127) + "...";
  }
}
