package dev.haven.importer.internal;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.importer.internal.LogisticModel.Scored;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The learned classifiers' reading of a drafted clause: its kind and modality from models trained on the labelled
 * train split ({@code importer/labelled/train}), over {@link ClauseFeatures}. A clause keeps the rules' kind and
 * modality when the models agree; otherwise it is drafted again with the models' choice. Its notes say the
 * probability and the features that weighed most, and a clause whose kind the model gives less than
 * {@link #SURE} is marked for review.
 */
public final class LearnedReading {

  /** Below this probability of its kind, a clause is marked for review. */
  public static final double SURE = 0.5;
  /** The class of drafts that match no labelled provision. */
  public static final String NONE = "none";
  static final String KIND_MODEL = "/dev/haven/importer/kind-model.tsv";
  static final String MODALITY_MODEL = "/dev/haven/importer/modality-model.tsv";

  private final LogisticModel kinds;
  private final LogisticModel modalities;
  private final boolean decides;

  /**
   * A reading by two models.
   *
   * @param decides whether the models choose the kind and modality; when false they only advise, in the notes and
   *     by marking a clause for review where they disagree with the rules
   */
  public LearnedReading(LogisticModel kinds, LogisticModel modalities, boolean decides) {
    this.kinds = kinds;
    this.modalities = modalities;
    this.decides = decides;
  }

  /**
   * The models that ship with Haven, advising: trained on the little labelled data there is, they choose kinds
   * less well than the rules on the dev split (docs/import.md), so the rules still decide.
   */
  public static LearnedReading bundled() {
    return new LearnedReading(load(KIND_MODEL), load(MODALITY_MODEL), false);
  }

  private static LogisticModel load(String resource) {
    try (InputStream in = LearnedReading.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the importer's model " + resource + " is missing from the jar");
      }
      return LogisticModel.read(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The kinds' classes: every kind's wire name, then {@link #NONE}. */
  public static List<String> kindClasses() {
    List<String> out = new ArrayList<>(Vocabularies.wireNames(ClauseKind.class));
    out.add(NONE);
    return out;
  }

  /** The modalities' classes: every modality's wire name, then {@link #NONE} for a framing provision. */
  public static List<String> modalityClasses() {
    List<String> out = new ArrayList<>(Vocabularies.wireNames(Modality.class));
    out.add(NONE);
    return out;
  }

  /** {@code d} as the models read it, drafted again by {@code drafter} when they choose another kind. */
  DraftClause read(DraftClause d, Drafter drafter) {
    List<String> features = ClauseFeatures.of(d);
    List<Scored> byKind = kinds.predict(features);
    Scored kind = byKind.stream().filter(s -> !s.label().equals(NONE)).findFirst().orElseThrow();
    Scored modality = modalities.predict(features).get(0);
    ClauseKind chosen = Vocabularies.find(ClauseKind.class, kind.label()).orElseThrow();
    Optional<Modality> mode = modality.label().equals(NONE) ? Optional.empty()
        : Vocabularies.find(Modality.class, modality.label());
    if (chosen != ClauseKind.GENERAL_PROVISION && mode.isEmpty()) {
      mode = d.modality().or(chosen::typicalModality);
    }
    List<String> said = new ArrayList<>();
    said.add(String.format(Locale.ROOT, "kind %s p=%.2f (%s)", kind.label(), kind.probability(),
        String.join(", ", kinds.strongest(features, kind.label(), 3))));
    said.add(String.format(Locale.ROOT, "modality %s p=%.2f", modality.label(), modality.probability()));
    List<String> review = new ArrayList<>();
    if (byKind.get(0).label().equals(NONE)) {
      review.add(String.format(Locale.ROOT, "the classifier reads this as no provision (p=%.2f)",
          byKind.get(0).probability()));
    } else if (kind.probability() < SURE) {
      Scored next = byKind.stream().filter(s -> s != kind && !s.label().equals(NONE)).findFirst().orElseThrow();
      review.add(String.format(Locale.ROOT, "the classifier is unsure of its kind: %s p=%.2f, next %s p=%.2f",
          kind.label(), kind.probability(), next.label(), next.probability()));
    }
    if (chosen != d.kind()) {
      review.add(0, String.format(Locale.ROOT, "the rules read kind %s, the classifier %s (p=%.2f)",
          d.kind().wireName(), chosen.wireName(), kind.probability()));
    }
    if (!decides) {
      if (chosen == d.kind()) {
        review.clear(); // the rules and the model agree: the model's doubt is no reason to look again
      }
      mode = d.modality();
    }
    DraftClause read = with(!decides || chosen == d.kind() ? d : drafter.redraft(d, chosen), mode, review);
    Map<String, List<String>> fired = new LinkedHashMap<>(read.fired());
    fired.put("classifier", said);
    return new DraftClause(read.kind(), read.modality(), read.actors(), read.text(), read.start(), read.end(),
        read.provision(), read.exceptions(), read.values(), read.terms(), fired, read.review());
  }

  private static DraftClause with(DraftClause d, Optional<Modality> modality, List<String> moreReview) {
    List<String> review = new ArrayList<>(d.review());
    moreReview.stream().filter(r -> !review.contains(r)).forEach(review::add);
    return new DraftClause(d.kind(), modality, d.actors(), d.text(), d.start(), d.end(), d.provision(),
        d.exceptions(), d.values(), d.terms(), d.fired(), review);
  }
}
