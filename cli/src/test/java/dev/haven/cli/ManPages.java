package dev.haven.cli;

import java.io.File;
import java.io.IOException;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the man pages of haven and each of its commands as AsciiDoc (picocli-codegen), from the same command
 * model the CLI runs; the build turns them into troff (target/man) with Asciidoctor. Run by cli/pom.xml at
 * prepare-package; a test source because picocli-codegen is needed only to build, never at run time.
 */
public final class ManPages {

  private ManPages() {}

  /** @param args the folder to write {@code haven.adoc}, {@code haven-query.adoc}, ... into */
  public static void main(String[] args) throws IOException {
    write(new File(args[0]));
  }

  static void write(File folder) throws IOException {
    CommandLine haven = HavenCli.everyCommand(Terminal.PIPE);
    if (!folder.isDirectory() && !folder.mkdirs()) {
      throw new IOException("cannot make " + folder);
    }
    int exit = ManPageGenerator.generateManPage(folder, null, new boolean[0], true, haven.getCommandSpec());
    if (exit != 0) {
      throw new IOException("picocli's man page generator failed with " + exit);
    }
  }
}
