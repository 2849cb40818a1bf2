package dev.haven.cli;

import dev.haven.core.vocab.Status;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --status STATUS}, repeatable, shared by the commands that answer about the law: without it they read the
 * law in force (adopted sets not yet ended), as every answer Haven gives does ({@link AsOfOption#base}).
 */
final class StatusOption {

  @Option(names = "--status", paramLabel = "STATUS", converter = Converters.StatusValue.class,
      completionCandidates = Converters.StatusValue.class,
      description = "Sets of this status: ${COMPLETION-CANDIDATES}. Without it: adopted (the law in force).")
  private List<Status> statuses = new ArrayList<>();

  /** {@return the statuses asked for; empty for the law in force} */
  List<Status> statuses() {
    return List.copyOf(statuses);
  }
}
