package dev.haven.core;

import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Problem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more files are not valid clause sets. The message lists every problem as {@code FILE:LINE:COLUMN:
 * MESSAGE}, one per line; {@link #results()} gives them as data.
 */
public final class InvalidClauseSetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<LoadResult> results;

  /** @param results the results of the files that were not valid; never empty */
  public InvalidClauseSetException(List<LoadResult> results) {
    super(message(results));
    this.results = List.copyOf(results);
  }

  /** {@return the invalid files' results, each with its problems} */
  public List<LoadResult> results() {
    return results;
  }

  private static String message(List<LoadResult> results) {
    return results.stream().flatMap(r -> r.problems().stream().map(p -> line(r.origin(), p)))
        .collect(Collectors.joining("\n"));
  }

  private static String line(String origin, Problem p) {
    return origin + ":" + p.position().line() + ":" + p.position().column() + ": " + p.message();
  }
}
