package dev.haven.cli;

import dev.haven.core.model.ClauseSet;
import dev.haven.core.query.Query;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --jurisdiction TEXT}, repeatable, shared by the commands that list jurisdictions: which ones to keep. */
final class JurisdictionFilter {

  @Option(names = "--jurisdiction", paramLabel = "TEXT",
      description = "Only jurisdictions whose name contains TEXT, or whose state's code or name is TEXT (ignoring"
          + " case). Repeat for more.")
  private List<String> names = new ArrayList<>();

  /** {@return whether --jurisdiction was given} */
  boolean given() {
    return !names.isEmpty();
  }

  /** {@return the TEXTs given, for commands that pass them on} */
  List<String> names() {
    return List.copyOf(names);
  }

  /** Whether a set's jurisdiction is one asked for; every set when --jurisdiction was not given. */
  boolean admits(ClauseSet set) {
    return names.isEmpty() || Query.inJurisdiction(set, names.toArray(String[]::new));
  }
}
