package dev.haven.core.io;

import dev.haven.core.io.internal.SourceText;
import dev.haven.core.model.ClauseSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: the clause set when the file is valid, otherwise every problem found in it,
 * sorted by position. The source text is kept so that a tool can show the offending line.
 *
 * <p>A value with the accessors and equality of a record. It is not one because its text is decoded only when
 * asked for: a file read from the parse cache is never decoded unless a message needs one of its lines.
 */
public final class LoadResult {

  private final String origin;
  private final Optional<ClauseSet> set;
  private final List<Problem> problems;
  private final SourceText text;
  private final Syntax syntax;

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
  public LoadResult(String origin, Optional<ClauseSet> set, List<Problem> problems, String text, Syntax syntax) {
    this(origin, set, problems, SourceText.of(text), syntax);
  }

  LoadResult(String origin, Optional<ClauseSet> set, List<Problem> problems, SourceText text, Syntax syntax) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.set = Objects.requireNonNull(set, "set");
    this.problems = problems.stream().sorted().toList();
    this.text = Objects.requireNonNull(text, "text");
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    if (set.isPresent() && !this.problems.isEmpty()) {
      throw new IllegalArgumentException("a set with problems is not valid");
    }
  }

  /** {@return the file as the caller named it} */
  public String origin() {
    return origin;
  }

  /** {@return the valid set; empty when there are problems} */
  public Optional<ClauseSet> set() {
    return set;
  }

  /** {@return everything wrong with the file, sorted by position; empty when it is valid} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the decoded file text (empty when it could not be read)} */
  public String text() {
    return text.get();
  }

  /** {@return the syntax the text was read as} */
  public Syntax syntax() {
    return syntax;
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
    return SourceLines.line(text(), number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoadResult r && origin.equals(r.origin) && set.equals(r.set) && problems.equals(r.problems)
        && text().equals(r.text()) && syntax == r.syntax;
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, set, problems, text(), syntax);
  }

  @Override
  public String toString() {
    return "LoadResult[origin=" + origin + ", set=" + set + ", problems=" + problems + ", syntax=" + syntax + "]";
  }
}
