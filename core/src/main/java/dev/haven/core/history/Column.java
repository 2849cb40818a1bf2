package dev.haven.core.history;

import java.util.List;
import java.util.Objects;

/**
 * One column of a panel, as its codebook describes it.
 *
 * @param name the column's name in the CSV header and the JSON rows
 * @param type what its cells hold
 * @param meaning what it records, in a sentence
 * @param codes the values it may take and what each means; empty when it is free text, a date or a count
 */
public record Column(String name, Type type, String meaning, List<Code> codes) {

  /** What a column's cells hold. */
  public enum Type {
    /** Free text. */
    TEXT,
    /** One value of the column's codes. */
    CODE,
    /** An ISO 8601 calendar date (YYYY-MM-DD). */
    DATE,
    /** A whole number, 0 or more. */
    COUNT,
    /** 0 or 1. */
    FLAG,
    /** Zero or more values; in CSV joined by "; ", in JSON an array. */
    LIST;

    /** {@return the type's name as the codebook prints it} */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A value a column may take.
   *
   * @param value the value as it appears in a cell
   * @param meaning what it means
   */
  public record Code(String value, String meaning) {
    /**
     * Checks both are given.
     *
     * @param value the value
     * @param meaning what it means
     */
    public Code {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(meaning, "meaning");
    }
  }

  /**
   * Checks every field is given and copies the codes.
   *
   * @param name the column's name
   * @param type what its cells hold
   * @param meaning what it records
   * @param codes the values it may take
   */
  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(meaning, "meaning");
    codes = List.copyOf(codes);
  }
}
