package dev.haven.core.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When one clause was in force, where it differs from its set: a provision that took effect later than the rest,
 * or a practice that ended while the others went on. A clause is in force on a day when its set is and its own
 * dates allow it.
 *
 * @param effective the first day the clause was in force, when later than its set's
 * @param ended the first day it was no longer in force, when earlier than its set's end
 */
public record ClauseLife(Optional<PartialDate> effective, Optional<PartialDate> ended) {

  /** In force whenever its set is. */
  public static final ClauseLife AS_SET = new ClauseLife(Optional.empty(), Optional.empty());

  /** Whether a clause was in force on a day, as far as its dates tell. */
  public enum InForce {
    /** It was. */
    YES,
    /** It was not. */
    NO,
    /** The day falls within the month, year or interval a date gives without its day: it may or may not have been. */
    UNCERTAIN
  }

  /**
   * Checks that no field is null and that the clause can end after it takes effect (the end's latest day after the
   * start's earliest).
   *
   * @param effective the first day in force
   * @param ended the first day no longer in force
   */
  public ClauseLife {
    Objects.requireNonNull(effective, "effective");
    Objects.requireNonNull(ended, "ended");
    if (effective.isPresent() && ended.isPresent() && !ended.get().last().isAfter(effective.get().first())) {
      throw new IllegalArgumentException("ended (" + ended.get() + ") must come after effective ("
          + effective.get() + ")");
    }
  }

  /**
   * Whether the clause was in force on a day by its own dates (its set's are asked separately).
   *
   * @param day the day asked about
   * @return yes, no, or uncertain when the day falls in a month a date gives without its day
   */
  public InForce on(LocalDate day) {
    InForce from = effective.map(e -> day.isBefore(e.first()) ? InForce.NO
        : day.isBefore(e.last()) ? InForce.UNCERTAIN : InForce.YES).orElse(InForce.YES);
    InForce until = ended.map(x -> day.isBefore(x.first()) ? InForce.YES
        : day.isBefore(x.last()) ? InForce.UNCERTAIN : InForce.NO).orElse(InForce.YES);
    if (from == InForce.NO || until == InForce.NO) {
      return InForce.NO;
    }
    return from == InForce.UNCERTAIN || until == InForce.UNCERTAIN ? InForce.UNCERTAIN : InForce.YES;
  }

  /** {@return true when the clause has dates of its own} */
  public boolean dated() {
    return effective.isPresent() || ended.isPresent();
  }
}
