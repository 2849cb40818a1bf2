package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

  @Test
  void theBashScriptKnowsEveryCommandAndItsOptions() {
    CliRun run = CliRun.of("completion", "bash");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    for (String word : new String[] {"kinds", "validate", "query", "diff", "render", "adapt", "lint", "compare",
        "import", "completion", "--jurisdiction", "--no-exceptions", "--explain", "--rules"}) {
      assertTrue(run.out().contains(word), word);
    }
    assertTrue(run.out().contains("complete -F _complete_haven") || run.out().contains("_complete_haven haven"));
  }

  @Test
  void theZshScriptLoadsBashCompletionFirst() {
    CliRun run = CliRun.of("completion", "zsh");
    assertEquals(ExitCode.OK, run.exit());
    assertTrue(run.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && "
        + "bashcompinit\n"), run.out().substring(0, 120));
  }

  @Test
  void bashCompletesACommandFromItsFirstLetters(@TempDir Path dir) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "needs bash");
    Path script = Files.writeString(dir.resolve("haven.bash"), CliRun.of("completion", "bash").out());
    Process p = new ProcessBuilder(bash.toString(), "-c", "source " + script + "; COMP_WORDS=(haven co); "
        + "COMP_CWORD=1; COMP_LINE='haven co'; COMP_POINT=8; _complete_haven; echo \"${COMPREPLY[@]}\"")
        .redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals("compare codebook completion", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
  }

  @Test
  void bashCompletesAFormatInTheCaseTheOptionTakes(@TempDir Path dir) throws IOException, InterruptedException {
    Path bash = Path.of("/bin/bash");
    assumeTrue(Files.isExecutable(bash), "needs bash");
    Path script = Files.writeString(dir.resolve("haven.bash"), CliRun.of("completion", "bash").out());
    Process p = new ProcessBuilder(bash.toString(), "-c", "source " + script + "; COMP_WORDS=(haven query --format j);"
        + " COMP_CWORD=3; COMP_LINE='haven query --format j'; COMP_POINT=23; _complete_haven 2>/dev/null;"
        + " echo \"${COMPREPLY[@]}\"").start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    assertEquals("json", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip());
  }

  @Test
  void noScriptOffersAnEnumValueInCapitals() {
    for (String shell : new String[] {"bash", "zsh", "fish"}) {
      String out = CliRun.of("completion", shell).out();
      for (String upper : new String[] {"\"JSON\"", "\"TABLE\"", "\"HTML\"", "\"WARNING\""}) {
        assertTrue(!out.contains(upper), shell + " offers " + upper);
        assertTrue(!out.contains("-a 'TABLE"), shell);
      }
    }
  }

  @Test
  void theFishScriptCompletesCommandsOptionsAndTheirValues() {
    CliRun run = CliRun.of("completion", "fish");
    assertEquals(ExitCode.OK, run.exit(), run.err());
    String out = run.out();
    assertTrue(out.contains("complete -c haven -n '__fish_use_subcommand' -a query -d 'Lists the clauses"), out);
    assertTrue(out.contains("-n '__fish_seen_subcommand_from query' -s f -l format -x -a 'table json yaml csv'"), out);
    assertTrue(out.contains("-n '__fish_seen_subcommand_from render' -s o -l output -r -F"), out);
    assertTrue(out.contains("-n '__fish_seen_subcommand_from query' -l text -x -d"), "free text is not a file");
    // every line is a complete command or a comment: quotes balanced, nothing left open
    out.lines().filter(l -> !l.startsWith("#")).forEach(l -> {
      assertTrue(l.startsWith("complete -c haven "), l);
      assertEquals(0, l.replace("\\'", "").chars().filter(c -> c == '\'').count() % 2, l);
    });
  }
}
