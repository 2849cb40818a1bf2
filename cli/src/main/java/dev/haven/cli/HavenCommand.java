package dev.haven.cli;

import picocli.CommandLine.Spec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code haven}: the root command; its subcommands do the work. They are added by {@link HavenCli}: only the one a
 * command line names, when it names one, so that picocli does not build every command's model at each start.
 */
@Command(
    name = "haven",
    mixinStandardHelpOptions = true,
    versionProvider = HavenCommand.Version.class,
    header = "Safe-haven legislation as typed clauses: validate, query, compare and render.",
    description = {
        "Haven reads clause sets (format haven/1, YAML or JSON) and answers questions about them.",
        "A PATH may be a file or a folder; a folder means every *.yaml, *.yml and *.json below it."
    },
    synopsisSubcommandLabel = "COMMAND")
public final class HavenCommand implements Runnable {

  private final Terminal terminal;
  private final OutputStream binaryOut;

  @Option(names = "--verbose", scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  private boolean verbose;

  @Spec
  private CommandSpec spec;

  HavenCommand(Terminal terminal, OutputStream binaryOut) {
    this.terminal = terminal;
    this.binaryOut = binaryOut;
  }

  /** Standard output as bytes, for documents that are not text; flush the text writer before using it. */
  OutputStream binaryOut() {
    return binaryOut;
  }

  Terminal terminal() {
    return terminal;
  }

  boolean verbose() {
    return verbose;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required");
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = HavenCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"haven " + p.getProperty("version", "(unknown version)")};
    }
  }
}
