package dev.haven.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A fish completion script from the command model (picocli writes bash only): the commands with their one-line
 * headers, and each command's options with their descriptions and the values they take.
 */
final class FishCompletion {

  private FishCompletion() {}

  static String script(String name, CommandLine cli) {
    StringBuilder out = new StringBuilder();
    out.append("# fish completion for ").append(name).append(": save as ~/.config/fish/completions/").append(name)
        .append(".fish\n");
    out.append("complete -c ").append(name).append(" -f\n");
    List<String> commands = new ArrayList<>(cli.getSubcommands().keySet());
    String noCommandYet = "__fish_use_subcommand";
    for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
      out.append("complete -c ").append(name).append(" -n ").append(quote(noCommandYet)).append(" -a ")
          .append(command.getKey()).append(" -d ").append(quote(header(command.getValue().getCommandSpec())))
          .append('\n');
    }
    for (Map.Entry<String, CommandLine> command : cli.getSubcommands().entrySet()) {
      String in = "__fish_seen_subcommand_from " + command.getKey();
      CommandSpec spec = command.getValue().getCommandSpec();
      for (OptionSpec option : spec.options()) {
        out.append("complete -c ").append(name).append(" -n ").append(quote(in));
        for (String n : option.names()) {
          out.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
        }
        if (option.arity().max() > 0) {
          List<String> values = new ArrayList<>();
          if (option.completionCandidates() != null) {
            option.completionCandidates().forEach(values::add);
          }
          // a value is required: one of the candidates, a file name (fish offers them with -F), or free text
          boolean file = option.type() == Path.class || option.auxiliaryTypes()[0] == Path.class;
          out.append(!values.isEmpty() ? " -x -a " + quote(String.join(" ", values)) : file ? " -r -F" : " -x");
        }
        out.append(" -d ").append(quote(firstLine(option.description()))).append('\n');
      }
      if (!spec.positionalParameters().isEmpty()) {
        // a command that takes paths completes file names after its options
        out.append("complete -c ").append(name).append(" -n ").append(quote(in)).append(" -F\n");
      }
    }
    return out.toString();
  }

  private static String header(CommandSpec spec) {
    String[] header = spec.usageMessage().header();
    return header.length > 0 ? header[0] : "";
  }

  private static String firstLine(String[] description) {
    if (description.length == 0) {
      return "";
    }
    String text = description[0].replaceAll("\\$\\{DEFAULT-VALUE}", "default").replaceAll("\\s+", " ");
    int stop = text.indexOf(". ");
    return stop > 0 ? text.substring(0, stop + 1) : text;
  }

  /** A fish single-quoted string: only a backslash and a single quote need escaping there. */
  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
