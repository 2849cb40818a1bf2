package dev.haven.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A text of a given size made of real policy documents: the labelled texts in name order, repeated as often as it
 * takes and cut at a paragraph. Usage: {@code PolicyText LABELLED-DIR BYTES > out.txt}.
 */
public final class PolicyText {

  private PolicyText() {}

  /** At most {@code bytes} bytes of UTF-8 made of the {@code .txt} files under {@code labelled}. */
  public static String of(Path labelled, int bytes) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(labelled)) {
      files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt files under " + labelled);
    }
    StringBuilder out = new StringBuilder();
    int size = 0;
    while (true) {
      for (Path f : files) {
        for (String paragraph : Files.readString(f).split("\n\\s*\n")) {
          int more = (paragraph + "\n\n").getBytes(StandardCharsets.UTF_8).length;
          if (size + more > bytes) {
            return out.toString();
          }
          out.append(paragraph).append("\n\n");
          size += more;
        }
      }
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: PolicyText LABELLED-DIR BYTES");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(of(Path.of(args[0]), Integer.parseInt(args[1])));
    out.flush();
  }
}
