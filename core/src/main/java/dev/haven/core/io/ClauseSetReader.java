package dev.haven.core.io;

import dev.haven.core.io.internal.ParseCache;
import dev.haven.core.io.internal.SetBinder;
import dev.haven.core.io.internal.TreeReader;
import dev.haven.core.model.ClauseSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates clause-set files (format {@value ClauseSet#FORMAT}, YAML or JSON).
 *
 * <p>Bad input is a normal result, not an exception: a {@link LoadResult} carries either the set or every
 * problem found in the file, each with its line and column. Instances are immutable and thread-safe.
 */
public final class ClauseSetReader {

  private final ReadLimits limits;
  private final TreeReader trees;

  /** A reader with {@link ReadLimits#DEFAULT}. */
  public ClauseSetReader() {
    this(ReadLimits.DEFAULT);
  }

  /**
   * A reader that refuses files beyond these limits.
   *
   * @param limits how large and deep a file may be
   */
  public ClauseSetReader(ReadLimits limits) {
    this(limits, null);
  }

  private ClauseSetReader(ReadLimits limits, ParseCache cache) {
    this.limits = limits;
    this.trees = new TreeReader(limits, cache);
  }

  /**
   * The same reader, keeping what it parses in a cache folder so that reading an unchanged file again skips
   * the YAML or JSON parser. An entry keeps the bytes it was parsed from and is used only for exactly those
   * bytes, so a changed file is simply parsed again; binding and validation run on every read, and results are
   * the same as without the cache.
   * An entry that cannot be written or read is ignored.
   *
   * @param dir the cache folder, created when first needed; use one folder per build of Haven, since entries do
   *     not record which build wrote them
   * @return a reader that uses the cache
   */
  public ClauseSetReader withParseCache(Path dir) {
    return new ClauseSetReader(limits, new ParseCache(dir));
  }

  /**
   * Reads a file; its name decides the syntax ({@code .json} is JSON, anything else YAML).
   *
   * @param file the file to read
   * @return the set, or every problem found in the file (an unreadable file is one problem, not an exception)
   */
  public LoadResult read(Path file) {
    String origin = file.toString();
    try {
      if (Files.isDirectory(file)) {
        return failed(origin, file, "is a folder, not a clause-set file");
      }
      return read(origin, BoundedRead.of(file, limits.maxFileBytes()), Syntax.of(file).orElse(Syntax.YAML));
    } catch (BoundedRead.TooLargeException e) {
      return failed(origin, file, "the file is longer than " + limits.maxFileBytes() + " bytes, the limit for a"
          + " clause set");
    } catch (NoSuchFileException e) {
      return failed(origin, file, "no such file");
    } catch (IOException e) {
      return failed(origin, file, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * Reads a clause set from text, naming it {@code origin} in problems.
   *
   * @param origin the name problems give the text, usually its file name
   * @param text the clause set as YAML or JSON
   * @param syntax which of the two
   * @return the set, or every problem found in the text
   */
  public LoadResult read(String origin, String text, Syntax syntax) {
    return read(origin, text.getBytes(StandardCharsets.UTF_8), syntax);
  }

  /**
   * Reads a clause set from UTF-8 bytes, naming it {@code origin} in problems.
   *
   * @param origin the name problems give the text, usually its file name
   * @param bytes the clause set as UTF-8 YAML or JSON (invalid UTF-8 is a problem at its position)
   * @param syntax which of the two
   * @return the set, or every problem found in the bytes
   */
  public LoadResult read(String origin, byte[] bytes, Syntax syntax) {
    TreeReader.Tree tree = trees.read(bytes, syntax == Syntax.JSON);
    List<Problem> problems = new ArrayList<>(tree.problems());
    Optional<ClauseSet> set = Optional.empty();
    if (tree.root().isPresent()) {
      SetBinder binder = new SetBinder();
      set = binder.bind(tree.root().get());
      problems.addAll(binder.problems());
    }
    return new LoadResult(origin, problems.isEmpty() ? set : Optional.empty(), problems, tree.source(), syntax);
  }

  private static LoadResult failed(String origin, Path file, String message) {
    return new LoadResult(origin, Optional.empty(), List.of(new Problem(Position.START, message)), "",
        Syntax.of(file).orElse(Syntax.YAML));
  }
}
