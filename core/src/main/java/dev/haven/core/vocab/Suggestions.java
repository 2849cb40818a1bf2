package dev.haven.core.vocab;

import java.util.Locale;
import java.util.Collection;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds the known word a mistyped one was probably meant to be. */
public final class Suggestions {

  private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

  private Suggestions() {}

  /**
   * The closest candidate within a few edits of {@code input}, or one it abbreviates; empty if none is close.
   *
   * @param input what the user wrote
   * @param candidates the values that would have been accepted
   * @return the closest candidate, or empty when none is close
   */
  public static Optional<String> closest(String input, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int allowed = Math.max(1, Math.min(3, input.length() / 3));
    String folded = input.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      // Swapped neighbours ("mdp" for "mpd") are one slip of the fingers, though two edits apart.
      int d = isTransposition(folded, candidate) ? 1 : DISTANCE.apply(folded, candidate);
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
      // A mistyped first word of a hyphenated name ("polise" for "police-agency").
      for (String candidate : candidates) {
        int hyphen = candidate.indexOf('-');
        if (hyphen > 0 && DISTANCE.apply(folded, candidate.substring(0, hyphen)) <= allowed) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isTransposition(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (first < 0) {
          first = i;
        } else {
          return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
              && a.substring(i + 1).equals(b.substring(i + 1));
        }
      }
    }
    return false;
  }

  /**
   * {@code "; did you mean 'x'?"} for the closest candidate, or the empty string.
   *
   * @param input what the user wrote
   * @param candidates the values that would have been accepted
   * @return {@code "; did you mean 'x'?"} for the closest candidate, or the empty string
   */
  public static String didYouMean(String input, Collection<String> candidates) {
    return closest(input, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
  }
}
