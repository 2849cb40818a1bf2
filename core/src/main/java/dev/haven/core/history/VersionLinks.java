package dev.haven.core.history;

import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Position;
import dev.haven.core.io.SourceMap;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Life;
import dev.haven.core.model.PartialDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what no single file can: that the sets a set names in {@code supersedes}, {@code amends} and
 * {@code superseded-by} are among the sets read, that both ends of a link agree, and that a set and the set it
 * supersedes are never in force on the same day.
 */
public final class VersionLinks {

  private VersionLinks() {}

  /**
   * What the check needs of one valid set: its id, dates and links, and where they are written.
   *
   * @param id the set's id
   * @param origin the file it came from
   * @param life its dates and links
   * @param from when it took force, when known
   * @param places where its fields are in the file
   */
  public record Version(String id, String origin, Life life, Optional<PartialDate> from, SourceMap places) {

    /**
     * The version of a valid set.
     *
     * @param result a valid load result
     * @return its version
     */
    public static Version of(LoadResult result) {
      ClauseSet set = result.clauseSet();
      return new Version(set.id(), result.origin(), set.life(), set.takesForce(), SourceMap.of(result));
    }
  }

  /**
   * A link that does not hold.
   *
   * @param origin the file of the set that names the link
   * @param position where the link is written
   * @param message what is wrong and what to do
   */
  public record LinkProblem(String origin, Position position, String message) {}

  /**
   * Every link among these sets that does not hold, in the order the sets were given.
   *
   * @param versions the sets read
   * @return the problems; empty when every link resolves and agrees
   */
  public static List<LinkProblem> check(List<Version> versions) {
    Map<String, Version> byId = new HashMap<>();
    versions.forEach(v -> byId.putIfAbsent(v.id(), v));
    List<LinkProblem> problems = new ArrayList<>();
    for (Version v : versions) {
      List<String> supersedes = v.life().supersedes();
      for (int i = 0; i < supersedes.size(); i++) {
        String pointer = "/supersedes/" + i;
        Version old = byId.get(supersedes.get(i));
        if (old == null) {
          problems.add(missing(v, pointer, supersedes.get(i)));
        } else {
          overlap(v, old, pointer).ifPresent(problems::add);
        }
      }
      List<String> amends = v.life().amends();
      for (int i = 0; i < amends.size(); i++) {
        if (!byId.containsKey(amends.get(i))) {
          problems.add(missing(v, "/amends/" + i, amends.get(i)));
        }
      }
      v.life().supersededBy().ifPresent(id -> {
        Version newer = byId.get(id);
        if (newer == null) {
          problems.add(missing(v, "/superseded-by", id));
        } else if (!newer.life().supersedes().contains(v.id())) {
          problems.add(new LinkProblem(v.origin(), v.places().nearest("/superseded-by"), "'" + id + "' is named as"
              + " superseding this set, but its 'supersedes' does not name '" + v.id() + "'; add it there"));
        }
      });
    }
    return problems;
  }

  private static LinkProblem missing(Version v, String pointer, String id) {
    return new LinkProblem(v.origin(), v.places().nearest(pointer), "names the set '" + id + "', which is not among"
        + " the files read; give the folder that holds it too, or correct the id");
  }

  /** A set and the one it supersedes in force on the same day, which the old one's 'ended' date must prevent. */
  private static Optional<LinkProblem> overlap(Version newer, Version old, String pointer) {
    Position at = newer.places().nearest(pointer);
    if (old.life().ended().isEmpty()) {
      return Optional.of(new LinkProblem(newer.origin(), at, "supersedes '" + old.id() + "', which gives no 'ended'"
          + " date, so both would be in force at once; give '" + old.id() + "' the day it ended"
          + newer.from().map(d -> " (" + d + ", the day this set took force)").orElse("")));
    }
    PartialDate ended = old.life().ended().get();
    // only an overlap the dates make certain: a date given without its day may still fall either side
    if (newer.from().filter(from -> from.last().isBefore(ended.first())).isPresent()) {
      return Optional.of(new LinkProblem(newer.origin(), at, "supersedes '" + old.id() + "', which ended on " + ended
          + ", after this set took force on " + newer.from().get() + ": both would be in force from "
          + newer.from().get().last() + " to " + ended.first().minusDays(1) + "; one of the dates is wrong"));
    }
    return Optional.empty();
  }
}
