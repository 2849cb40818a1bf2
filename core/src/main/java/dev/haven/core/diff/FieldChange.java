package dev.haven.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * One field that differs between two versions of a clause (or of a set).
 *
 * @param field the field's name in the file ({@code exceptions}, {@code actors}, {@code text}, ...)
 * @param removed values only the old version has (for a single value: the old value)
 * @param added values only the new version has (for a single value: the new value)
 * @param impact what this change alone does to the protection
 * @param reasons one line per part of the impact, e.g. "violent-felony is narrower than felony"
 * @param words for text fields, the word-by-word redline; empty otherwise
 */
public record FieldChange(
    String field,
    List<String> removed,
    List<String> added,
    Impact impact,
    List<String> reasons,
    List<WordDiff.Segment> words) {

  /**
   * Checks that no field is null (an absent optional field is empty) and copies the lists, so the value stays
   * immutable.
   *
   * @param field the field's name in the file ({@code exceptions}, {@code actors}, {@code text}, ...)
   * @param removed values only the old version has (for a single value: the old value)
   * @param added values only the new version has (for a single value: the new value)
   * @param impact what this change alone does to the protection
   * @param reasons one line per part of the impact, e.g. "violent-felony is narrower than felony"
   * @param words for text fields, the word-by-word redline; empty otherwise
   */
  public FieldChange {
    Objects.requireNonNull(field, "field");
    removed = List.copyOf(removed);
    added = List.copyOf(added);
    Objects.requireNonNull(impact, "impact");
    reasons = List.copyOf(reasons);
    words = List.copyOf(words);
  }

  static FieldChange neutral(String field, List<String> removed, List<String> added, String reason) {
    return new FieldChange(field, removed, added, Impact.NEUTRAL, List.of(reason), List.of());
  }
}
