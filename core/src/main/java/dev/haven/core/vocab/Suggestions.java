package dev.haven.core.vocab;

import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known word a mistyped one was probably meant to be. */
public final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /** The closest candidate within a few edits of {@code input}, or one it abbreviates; empty if none is close. */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(3, input.length() / 3));
    for (String candidate : candidates) {
      int d = DISTANCE.apply(input.toLowerCase(java.util.Locale.ROOT), candidate);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (best != null && bestDistance <= allowed) {
      return Optional.of(best);
    }
    if (input.length() >= 4) {
      for (String candidate : candidates) {
        if (candidate.startsWith(input) || input.startsWith(candidate) && candidate.length() >= 4) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** {@code "; did you mean 'x'?"} for the closest candidate, or the empty string. */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }
}
