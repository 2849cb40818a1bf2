package dev.haven.importer;

import java.util.Objects;
import java.util.Optional;

/**
 * Choices for one import.
 *
 * @param jurisdiction the jurisdiction's formal name ("City of Madison, Wisconsin" gives the state too); by
 *     default the input's own header or title is read for it
 * @param id the new set's id; by default made from the jurisdiction and the file's name
 */
public record ImportOptions(Optional<String> jurisdiction, Optional<String> id) {

  /** No jurisdiction and no id given: both read from the input. */
  public static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty(), Optional.empty());

  /**
   * Checks that neither option is null.
   *
   * @param jurisdiction the jurisdiction's formal name, or empty to read it from the input
   * @param id the new set's id, or empty to make one
   */
  public ImportOptions {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(id, "id");
  }

  /**
   * These options with the jurisdiction given.
   *
   * @param name the jurisdiction's formal name, e.g. {@code City of Madison, Wisconsin}
   * @return new options
   */
  public ImportOptions withJurisdiction(String name) {
    return new ImportOptions(Optional.of(name), id);
  }
}
