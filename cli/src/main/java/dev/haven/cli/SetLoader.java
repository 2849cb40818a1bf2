package dev.haven.cli;

import dev.haven.core.io.ClauseSetFiles;
import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Expands the PATHs a user gave into clause-set files and reads each one. Files are read in parallel, a batch at a
 * time, and handed on in order; only one batch of whole results (with the files' text) is in memory at once.
 */
final class SetLoader {

  /** Enough files to keep every core busy, few enough that their texts never crowd the heap. */
  private static final int BATCH = 512;

  private final ClauseSetReader reader = ParseCacheLocation.reader();
  private final Progress progress;

  SetLoader() {
    this(Progress.NONE);
  }

  SetLoader(Progress progress) {
    this.progress = progress;
  }

  /**
   * Reads every file the paths name, handing each result to {@code each} in order.
   *
   * @throws InputException when a path does not exist or a folder holds no clause-set file
   */
  void load(List<Path> paths, Consumer<LoadResult> each) {
    List<Path> files = files(paths);
    for (int start = 0; start < files.size(); start += BATCH) {
      List<Path> batch = files.subList(start, Math.min(files.size(), start + BATCH));
      List<LoadResult> results = batch.size() == 1
          ? List.of(reader.read(batch.get(0)))
          : batch.parallelStream().map(reader::read).toList();
      results.forEach(each);
      progress.update(start + batch.size(), files.size());
    }
    progress.done();
  }

  /** Reads all files; prints problems of invalid ones; returns the valid sets and whether any was invalid. */
  Loaded loadAll(List<Path> paths, Diagnostics diagnostics) {
    List<LoadedSet> sets = new ArrayList<>();
    boolean[] invalid = {false};
    load(paths, result -> {
      if (result.isValid()) {
        sets.add(new LoadedSet(result.origin(), result.clauseSet()));
      } else {
        invalid[0] = true;
        diagnostics.print(result);
      }
    });
    return new Loaded(List.copyOf(sets), invalid[0]);
  }

  record Loaded(List<LoadedSet> sets, boolean anyInvalid) {}

  private static List<Path> files(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputException(path + ": no such file or folder");
      }
      try {
        List<Path> found = ClauseSetFiles.under(path);
        if (found.isEmpty()) {
          throw new InputException(path + ": the folder holds no clause-set files (*.yaml, *.yml, *.json)");
        }
        files.addAll(found);
      } catch (UncheckedIOException e) {
        throw new InputException(path + ": cannot list the folder: " + e.getCause().getMessage());
      }
    }
    return files;
  }
}
