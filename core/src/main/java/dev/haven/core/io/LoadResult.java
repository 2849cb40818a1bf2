package dev.haven.core.io;

import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: the clause set when the file is valid, otherwise every problem found in it,
 * sorted by position. The source text is kept so that a tool can show the offending line.
 *
 * @param origin the file as the caller named it
 * @param set the valid set; empty when there are problems
 * @param problems everything wrong with the file, sorted by position; empty when it is valid
 * @param text the decoded file text (empty when it could not be read)
 * @param syntax the syntax the text was read as
 */
public record LoadResult(String origin, Optional<ClauseSet> set, List<Problem> problems, String text, Syntax syntax) {

  /**
   * Checks that no field is null, sorts the problems by position, and checks that a result has a set or problems, not
   * both.
   *
   * @param origin the file as the caller named it
   * @param set the valid set; empty when there are problems
   * @param problems everything wrong with the file, sorted by position; empty when it is valid
   * @param text the decoded file text (empty when it could not be read)
   * @param syntax the syntax the text was read as
   */
  public LoadResult {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(set, "set");
    problems = problems.stream().sorted().toList();
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(syntax, "syntax");
    if (set.isPresent() && !problems.isEmpty()) {
      throw new IllegalArgumentException("a set with problems is not valid");
    }
  }

  /** {@return true when the file is a valid clause set} */
  public boolean isValid() {
    return set.isPresent();
  }

  /** {@return the valid set; call only when {@link #isValid()}} */
  public ClauseSet clauseSet() {
    return set.orElseThrow(() -> new IllegalStateException(origin + " is not a valid clause set"));
  }

  /**
   * The text of a 1-based line of the file, without its line break; empty past the end.
   *
   * @param number the line number, from 1
   * @return the text of the line, without its line break; empty past the end
   */
  public String line(int number) {
    return SourceLines.line(text, number);
  }
}
