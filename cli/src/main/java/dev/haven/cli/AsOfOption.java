package dev.haven.cli;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import dev.haven.core.vocab.Status;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --as-of DATE}, shared by the commands that answer about the law: which day's law they answer about. */
final class AsOfOption {

  @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
      description = "Answer with the law in force on DATE (YYYY-MM-DD) instead of today: adopted and since-repealed"
          + " sets in force that day by their date, effective and ended fields. A set that gives no date cannot be"
          + " placed on a day and is left out, with a note.")
  private LocalDate day;

  /** {@return the day asked about, when --as-of was given} */
  Optional<LocalDate> day() {
    return Optional.ofNullable(day);
  }

  /** The query an answer starts from: the law on --as-of's day, the statuses asked for, or the law in force. */
  Query base(List<Status> statuses) {
    if (day != null) {
      if (!statuses.isEmpty()) {
        throw new InputException("--as-of and --status cannot be combined: --as-of asks for the law in force on a"
            + " day, which only adopted and since-repealed sets can have been");
      }
      return Query.lawInForceOn(day);
    }
    return statuses.isEmpty() ? Query.lawInForce() : Query.all().status(statuses.toArray(Status[]::new));
  }

  /** Whether the set is law that --as-of cannot place on its day for want of a date. */
  boolean undated(ClauseSet set) {
    return day != null && set.undatedLaw();
  }

  /** The note for the sets left out of the answer about --as-of's day for want of a date. */
  String undatedNote(List<String> ids) {
    return undatedNote(ids, "on " + day, "left out");
  }

  /**
   * The note every command prints for enacted sets it cannot place in time: "note: 2 sets give no date and cannot
   * be placed WHERE, so they are OUTCOME: a, b".
   */
  static String undatedNote(List<String> ids, String where, String outcome) {
    return "note: " + ids.size() + (ids.size() == 1 ? " set gives" : " sets give") + " no date and cannot be placed "
        + where + ", so " + (ids.size() == 1 ? "it is" : "they are") + " " + outcome + ": " + String.join(", ", ids);
  }

  /** The note for the clauses that may or may not have been in force on the day. */
  String uncertainNote(List<String> clauses) {
    return "note: " + (clauses.size() == 1 ? "whether this clause was" : "whether these " + clauses.size()
        + " clauses were") + " in force on " + day + " is not known (" + (clauses.size() == 1 ? "its" : "each")
        + " source gives only the month, year or interval in which it took effect or ended; `haven history` shows"
        + " the dates): "
        + String.join(", ", clauses);
  }

  /** YYYY-MM-DD, four-digit year, nothing else. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public LocalDate convert(String value) {
      try {
        if (ISO.matcher(value).matches()) {
          return LocalDate.parse(value);
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
      throw new TypeConversionException("'" + value + "' is not a date; expected YYYY-MM-DD, e.g. 2015-01-01");
    }
  }
}
