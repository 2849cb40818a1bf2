package dev.haven.core.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A day as well as a source tells it: to the day ({@code 2021-01-27}), only to the month ({@code 2021-08}) or year
 * ({@code 2016}), or only as lying within an interval ({@code 2013-11/2026-11-21}): ISO 8601 calendar dates, in
 * full or reduced, and an ISO 8601 interval of them. A news report that a policy changed "in August 2021" names a
 * month; Haven keeps it a month rather than invent a day.
 *
 * @param first the earliest day it can be
 * @param last the latest day it can be; equal to {@code first} when the day is known
 */
public record PartialDate(LocalDate first, LocalDate last) {

  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /**
   * Checks the days are in order.
   *
   * @param first the earliest day
   * @param last the latest day
   */
  public PartialDate {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("the latest day (" + last + ") comes before the earliest (" + first + ")");
    }
  }

  /**
   * A day known to the day.
   *
   * @param day the day
   * @return the date
   */
  public static PartialDate of(LocalDate day) {
    return new PartialDate(day, day);
  }

  /**
   * A day known only to its month.
   *
   * @param month the month
   * @return the date
   */
  public static PartialDate of(YearMonth month) {
    return new PartialDate(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Reads {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY}, or two of them joined by {@code /} for a day known
   * only to lie from the start of the first to the end of the second.
   *
   * @param text the date as written
   * @return the date, or empty when {@code text} is none of these forms, names no real day, or is an interval
   *     that ends before it starts
   */
  public static Optional<PartialDate> parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      return bounds(text);
    }
    Optional<PartialDate> from = bounds(text.substring(0, slash));
    Optional<PartialDate> to = bounds(text.substring(slash + 1));
    if (from.isEmpty() || to.isEmpty() || to.get().last().isBefore(from.get().first())) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(from.get().first(), to.get().last()));
  }

  private static Optional<PartialDate> bounds(String text) {
    try {
      if (DAY.matcher(text).matches()) {
        return Optional.of(of(LocalDate.parse(text)));
      }
      if (MONTH.matcher(text).matches()) {
        return Optional.of(of(YearMonth.parse(text)));
      }
      if (YEAR.matcher(text).matches()) {
        Year year = Year.parse(text);
        return Optional.of(new PartialDate(year.atDay(1), year.atMonth(12).atEndOfMonth()));
      }
    } catch (DateTimeParseException e) {
      // not a real day, month or year: empty, like any other text that is not a date
    }
    return Optional.empty();
  }

  /** {@return true when the day is known} */
  public boolean exact() {
    return first.equals(last);
  }

  /**
   * The date as written in its shortest form: {@code 2021-01-27}, {@code 2021-08}, {@code 2016}, or an interval
   * whose ends are shortened the same way ({@code 2013-11/2026-11-21}).
   *
   * @return the date as a file spells it
   */
  @Override
  public String toString() {
    if (exact()) {
      return first.toString();
    }
    boolean fromMonthStart = first.getDayOfMonth() == 1;
    boolean fromYearStart = first.getDayOfYear() == 1;
    boolean toMonthEnd = last.equals(YearMonth.from(last).atEndOfMonth());
    boolean toYearEnd = toMonthEnd && last.getMonthValue() == 12;
    if (fromYearStart && toYearEnd && first.getYear() == last.getYear()) {
      return Integer.toString(first.getYear());
    }
    if (fromMonthStart && toMonthEnd && YearMonth.from(first).equals(YearMonth.from(last))) {
      return YearMonth.from(first).toString();
    }
    String from = fromYearStart ? Integer.toString(first.getYear())
        : fromMonthStart ? YearMonth.from(first).toString() : first.toString();
    String to = toYearEnd ? Integer.toString(last.getYear())
        : toMonthEnd ? YearMonth.from(last).toString() : last.toString();
    return from + "/" + to;
  }
}
