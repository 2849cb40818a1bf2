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

  public static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty(), Optional.empty());

  public ImportOptions {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(id, "id");
  }

  public ImportOptions withJurisdiction(String name) {
    return new ImportOptions(Optional.of(name), id);
  }
}
