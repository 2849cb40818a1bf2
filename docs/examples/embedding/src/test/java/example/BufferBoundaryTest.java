package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.Haven;
import dev.haven.core.model.ClauseSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The YAML reader this project resolves through haven-core is the one Haven's own tests use: an emoji (two UTF-16
 * chars) across the reader's 1,024-char buffer is read like any other text, where snakeyaml-engine 3.0.1 threw
 * IndexOutOfBoundsException.
 */
class BufferBoundaryTest {

  @Test
  void anEmojiAcrossTheReadersBufferIsReadAsText() throws IOException {
    String head = "format: haven/1\nid: example/emoji\ntitle: Emoji\njurisdiction: {name: Town of Example,"
        + " level: city}\nstatus: adopted\nclauses:\n  - id: c\n    kind: detainer-limit\n    modality: prohibition\n"
        + "    actors: [police]\n    text: \"";
    // the emoji's first char is the buffer's last (index 1023), its second the next buffer's first
    String padding = "x".repeat(1023 - head.length());
    String yaml = head + padding + "\uD83D\uDE00 No detainers.\"\n";
    Path file = Files.writeString(Path.of("target", "emoji.yaml"), yaml);
    ClauseSet set = Haven.read(file);
    assertEquals(padding + "\uD83D\uDE00 No detainers.", set.clauses().get(0).text());
  }
}
