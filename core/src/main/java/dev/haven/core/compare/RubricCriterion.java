package dev.haven.core.compare;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.OwnField;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rubric scores: which kinds and scope values meet it, how many points it gives, and what in the
 * rubric's published definition it stands for.
 *
 * @param key a stable name, unique in its rubric ({@code detainer-holds})
 * @param category the rubric's group it belongs to, as the rubric names it
 * @param description what a jurisdiction that meets it does, in a few words
 * @param basis where the criterion comes from: the rubric's own words or the project's reading of them
 * @param maxPoints the most it gives
 * @param scopes the kinds and scope values that meet it; empty when it is not coded
 * @param carveOuts whether cooperation allowed on some grounds (a {@code cooperation-condition} of the same
 *     actors) costs like an exception does
 * @param notCoded why it cannot be scored, when it cannot
 */
public record RubricCriterion(String key, String category, String description, String basis, int maxPoints,
    List<Criterion.Scope> scopes, boolean carveOuts, Optional<String> notCoded) {

  /**
   * Checks that every field is given and copies the list.
   *
   * @param key a stable name, unique in its rubric
   * @param category the rubric's group it belongs to
   * @param description what a jurisdiction that meets it does
   * @param basis where the criterion comes from
   * @param maxPoints the most it gives
   * @param scopes the kinds and scope values that meet it
   * @param carveOuts whether cooperation allowed on some grounds costs like an exception
   * @param notCoded why it cannot be scored, when it cannot
   */
  public RubricCriterion {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(basis, "basis");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(notCoded, "notCoded");
    if (notCoded.isEmpty() && scopes.isEmpty()) {
      throw new IllegalArgumentException(key + ": a coded criterion needs a scope");
    }
  }

  static RubricCriterion coded(String key, String category, String description, String basis, int maxPoints,
      boolean carveOuts, Criterion.Scope... scopes) {
    return new RubricCriterion(key, category, description, basis, maxPoints, List.of(scopes), carveOuts,
        Optional.empty());
  }

  static RubricCriterion notCoded(String key, String category, String description, String basis, int maxPoints,
      String why) {
    return new RubricCriterion(key, category, description, basis, maxPoints, List.of(), false, Optional.of(why));
  }

  /** {@return true when typed fields decide the criterion} */
  public boolean coded() {
    return notCoded.isEmpty();
  }

  /** How a clause of {@code kind} whose own fields are {@code own} meets the criterion. */
  Criterion.Coverage coverage(ClauseKind kind, List<OwnField> own) {
    Criterion.Coverage best = Criterion.Coverage.NONE;
    for (Criterion.Scope scope : scopes) {
      Criterion.Coverage c = scope.coverage(kind, own);
      if (c.ordinal() > best.ordinal()) {
        best = c;
      }
    }
    return best;
  }

  /** Whether some clause of {@code kind} may meet the criterion. */
  boolean concerns(ClauseKind kind) {
    return scopes.stream().anyMatch(s -> s.kind() == kind);
  }
}
