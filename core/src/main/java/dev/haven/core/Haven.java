package dev.haven.core;

import dev.haven.core.diff.Diff;
import dev.haven.core.diff.SetDiff;
import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import dev.haven.core.schema.FormatSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The front door of haven-core: read clause sets, ask questions of them, compare two, write one back.
 *
 * <pre>{@code
 * ClauseSets sets = Haven.readAll(Path.of("seeds"));
 * for (Match m : Haven.query().kind(ClauseKind.DETAINER_LIMIT).actor("police").run(sets.all())) {
 *   System.out.println(m.set().jurisdiction().name() + ": " + m.clause().text());
 * }
 * SetDiff diff = Haven.diff(sets.byId("us-wi-madison/res-2017-safe-haven").orElseThrow(), adaptation);
 * }</pre>
 *
 * <p>Everything here is a shortcut to a class that can also be used on its own: {@link ClauseSetReader} (with
 * {@link dev.haven.core.io.ReadLimits} of your choice, and bad input as a result rather than an exception),
 * {@link Query}, {@link Diff}, {@link ClauseSetWriter} and {@link FormatSchema}.
 */
public final class Haven {

  private static final ClauseSetReader READER = new ClauseSetReader();

  private Haven() {}

  /**
   * Reads and validates one clause-set file ({@code .yaml}, {@code .yml} or {@code .json}).
   *
   * @param file the file to read
   * @return the valid set
   * @throws InvalidClauseSetException with every problem of the file, when it is not a valid set
   */
  public static ClauseSet read(Path file) {
    LoadResult result = READER.read(file);
    if (!result.isValid()) {
      throw new InvalidClauseSetException(List.of(result));
    }
    return result.clauseSet();
  }

  /**
   * Reads every clause set in the files and folders given (a folder means every {@code *.yaml}, {@code *.yml}
   * and {@code *.json} below it), in path order.
   *
   * @param paths files and directories
   * @return every set read, in path order
   * @throws InvalidClauseSetException with the problems of every invalid file, when any file is invalid
   */
  public static ClauseSets readAll(Path... paths) {
    List<ClauseSet> sets = new ArrayList<>();
    List<LoadResult> invalid = new ArrayList<>();
    for (Path path : paths) {
      for (Path file : ClauseSetFiles.under(path)) {
        LoadResult result = READER.read(file);
        if (result.isValid()) {
          sets.add(result.clauseSet());
        } else {
          invalid.add(result);
        }
      }
    }
    if (!invalid.isEmpty()) {
      throw new InvalidClauseSetException(invalid);
    }
    return new ClauseSets(sets);
  }

  /**
   * {@return a query for the law in force: every clause of an adopted set (not drafts, introduced or repealed
   * sets, templates or examples); narrow it with its methods, widen it with {@link Query#status}, then {@link
   * Query#run run} it. {@link Query#all()} matches every clause of every set.}
   */
  public static Query query() {
    return Query.lawInForce();
  }

  /**
   * What {@code after} changes against {@code before}, clause by clause, with the impact of each change.
   *
   * @param before the old version (or the template)
   * @param after the new version (or the adaptation)
   * @return the set-level field changes and the clause changes; empty when the two say the same
   */
  public static SetDiff diff(ClauseSet before, ClauseSet after) {
    return Diff.between(before, after);
  }

  /**
   * The set as canonical YAML: reading it back gives an equal set.
   *
   * @param set the set to write
   * @return the set as canonical YAML: reading it back gives an equal set
   */
  public static String toYaml(ClauseSet set) {
    return new ClauseSetWriter().toYaml(set);
  }

  /** {@return the JSON Schema (draft 2020-12) of the clause-set format} */
  public static String schema() {
    return FormatSchema.json();
  }
}
