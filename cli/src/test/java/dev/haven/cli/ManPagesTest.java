package dev.haven.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManPagesTest {

  @Test
  void everyCommandGetsAManPageWithItsOptionsAndExitCodes(@TempDir Path dir) throws IOException {
    ManPages.write(dir.toFile());
    for (String command : HavenCli.everyCommand(Terminal.PIPE).getSubcommands().keySet()) {
      Path page = dir.resolve("haven-" + command + ".adoc");
      assertTrue(Files.exists(page), "no man page for " + command);
      String text = Files.readString(page);
      assertTrue(text.contains(":doctype: manpage") && text.contains("haven-" + command + "(1)"), page.toString());
      assertTrue(text.contains("Internal error (a bug)"), "the exit codes are in " + page);
    }
    assertTrue(Files.readString(dir.resolve("haven.adoc")).contains("xref:haven-import.adoc[*import*]"));
  }
}
