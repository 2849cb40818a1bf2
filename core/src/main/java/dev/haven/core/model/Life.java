package dev.haven.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a set was law, and how it relates to the other versions of the same law: the dates it took and lost force,
 * and the sets it amends or supersedes, or that superseded it. All optional: a set that says nothing is
 * {@link #UNKNOWN}, in force from its {@code date} with no end known. Each date is a day, or only a month, year or
 * interval when the sources give no day ({@link PartialDate}).
 *
 * @param adopted the set's {@code date} when the sources give it without its day (a full day is the set's
 *     {@link ClauseSet#date()})
 * @param effective the first day in force, when it differs from the set's {@code date} (a law that takes effect
 *     later than it is adopted)
 * @param ended the day it stopped being in force (repealed, superseded, expired); it was in force until the day
 *     before
 * @param supersedes the ids of the sets this one replaces
 * @param amends the ids of the sets this one changes without replacing them
 * @param supersededBy the id of the set that replaced this one
 */
public record Life(Optional<PartialDate> adopted, Optional<PartialDate> effective, Optional<PartialDate> ended,
    List<String> supersedes, List<String> amends, Optional<String> supersededBy) {

  /** Nothing known beyond the set's own date. */
  public static final Life UNKNOWN = new Life(Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
      List.of(), Optional.empty());

  /**
   * Checks that no field is null and copies the lists, so the value stays immutable.
   *
   * @param adopted the set's date when given without its day
   * @param effective the first day in force
   * @param ended the day it stopped being in force
   * @param supersedes the sets this one replaces
   * @param amends the sets this one changes
   * @param supersededBy the set that replaced this one
   */
  public Life {
    Objects.requireNonNull(adopted, "adopted");
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(ended, "ended");
    supersedes = List.copyOf(supersedes);
    amends = List.copyOf(amends);
    Objects.requireNonNull(supersededBy, "supersededBy");
  }
}
