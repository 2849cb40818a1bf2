package dev.haven.cli;

import dev.haven.render.VisibleText;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import dev.haven.core.vocab.Suggestions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs the haven command line in-process: all output goes to the writers given, and the exit code is
 * returned, never passed to {@code System.exit} (that is {@link Main}'s job), so tests can run it directly.
 */
public final class HavenCli {

  private final Terminal terminal;
  private final List<Object> extraCommands;

  public HavenCli(Terminal terminal) {
    this(terminal, List.of());
  }

  /** A CLI with more subcommands: how tests reach paths that real input cannot, such as an internal error. */
  HavenCli(Terminal terminal, List<Object> extraCommands) {
    this.terminal = terminal;
    this.extraCommands = List.copyOf(extraCommands);
  }

  /**
   * Runs one command line. Text goes to {@code out} and {@code err} as UTF-8; binary documents (a PDF) go to
   * {@code out} as they are.
   */
  public int run(OutputStream out, OutputStream err, String... args) {
    CheckedOutput checked = new CheckedOutput(out);
    PrintWriter textOut = new PrintWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8));
    PrintWriter textErr = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    int code = run(textOut, textErr, checked, args);
    textOut.flush();
    Optional<IOException> failure = checked.failure();
    if (failure.isEmpty()) {
      return code;
    }
    if (!CheckedOutput.isBrokenPipe(failure.get())) {
      textErr.println("haven: error: cannot write standard output: " + IoErrors.reason(failure.get()));
      textErr.flush();
    }
    return ExitCode.BAD_INPUT;
  }

  /** Every subcommand, in the order help lists them; each made only when needed. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("kinds", KindsCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("query", QueryCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("render", RenderCommand::new);
    m.put("adapt", AdaptCommand::new);
    m.put("lint", LintCommand::new);
    m.put("compare", CompareCommand::new);
    m.put("history", HistoryCommand::new);
    m.put("panel", PanelCommand::new);
    m.put("codebook", CodebookCommand::new);
    m.put("import", ImportCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("completion", CompletionCommand::new);
    return Collections.unmodifiableMap(m);
  }

  private int run(PrintWriter out, PrintWriter err, OutputStream binaryOut, String... args) {
    HavenCommand root = new HavenCommand(terminal, binaryOut);
    CommandLine cli = new CommandLine(root);
    // Building a command's model reflects over all its options: a command line that names one command gets only
    // that one (start-up is most of a short command's time); anything else (help, a typo) gets them all.
    Optional<String> named = commandNamed(args);
    COMMANDS.forEach((name, command) -> {
      if (named.isEmpty() || named.get().equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    extraCommands.forEach(cli::addSubcommand);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(new ShortUsageErrors());
    cli.setExecutionExceptionHandler(new ShortExecutionErrors(root));
    addExitCodeList(cli);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The root command with every subcommand: for what needs the whole command line, such as completion. */
  static CommandLine everyCommand(Terminal terminal) {
    CommandLine cli = new CommandLine(new HavenCommand(terminal, OutputStream.nullOutputStream()));
    COMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
    addExitCodeList(cli);
    return cli;
  }

  /** The subcommand the command line names before any other word, if it names a known one. */
  private static Optional<String> commandNamed(String... args) {
    for (String arg : args) {
      if (arg.equals("--verbose")) {
        continue;
      }
      return COMMANDS.containsKey(arg) ? Optional.of(arg) : Optional.empty();
    }
    return Optional.empty();
  }

  private static void addExitCodeList(CommandLine cli) {
    CommandSpec spec = cli.getCommandSpec();
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    spec.exitCodeOnInvalidInput(ExitCode.BAD_INPUT).exitCodeOnExecutionException(ExitCode.INTERNAL);
    cli.getSubcommands().values().forEach(HavenCli::addExitCodeList);
  }

  /** A wrong option or value: one line saying what is wrong, a suggestion if one is close, and where help is. */
  private static final class ShortUsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("haven: error: " + VisibleText.line(ex.getMessage().replaceFirst("^Error: ", "")) + nearestOption(ex));
      err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
      err.flush();
      return ExitCode.BAD_INPUT;
    }
  }

  /** "; did you mean '--kind'?" for a mistyped option, from the options the command has. */
  private static String nearestOption(ParameterException ex) {
    if (!(ex instanceof UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0);
    if (!typed.startsWith("-")) {
      // a mistyped command ("haven qurey") is unmatched by the top-level command, which has the subcommands
      var subcommands = ex.getCommandLine().getSubcommands().keySet();
      return subcommands.isEmpty() || unmatched.getUnmatched().size() != args(ex).size() ? ""
          : Suggestions.didYouMean(typed, subcommands);
    }
    List<String> names = ex.getCommandLine().getCommandSpec().options().stream()
        .flatMap(o -> Arrays.stream(o.names())).toList();
    return Suggestions.didYouMean(typed.split("=", 2)[0], names);
  }

  /** The arguments the failed command was given. */
  private static List<String> args(ParameterException ex) {
    return ex.getCommandLine().getParseResult() == null ? List.of()
        : ex.getCommandLine().getParseResult().originalArgs();
  }

  /** Input mistakes found while running get one line and exit 2; anything else is a bug and exits 3. */
  private static final class ShortExecutionErrors implements IExecutionExceptionHandler {
    private final HavenCommand root;

    ShortExecutionErrors(HavenCommand root) {
      this.root = root;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
      PrintWriter err = cmd.getErr();
      if (ex instanceof InputException) {
        err.println("haven: error: " + VisibleText.line(ex.getMessage()));
        err.flush();
        return ExitCode.BAD_INPUT;
      }
      Optional<IOException> io = IoErrors.of(ex);
      if (io.isPresent()) {
        // a full disk, a read-only folder, a missing permission: the user's situation, not a bug
        boolean stdout = root.binaryOut() instanceof CheckedOutput checked && checked.failure().isPresent();
        // a failure of standard output itself is reported once, by run(), after the command
        if (!stdout) {
          err.println("haven: error: " + VisibleText.line(IoErrors.describe(io.get())));
        }
        if (root.verbose()) {
          ex.printStackTrace(err);
        }
        err.flush();
        return ExitCode.BAD_INPUT;
      }
      err.println("haven: internal error: " + ex + " (this is a bug in Haven; please report it"
          + (root.verbose() ? ")" : " with the output of --verbose)"));
      if (root.verbose()) {
        ex.printStackTrace(err);
      }
      err.flush();
      return ExitCode.INTERNAL;
    }
  }
}
