package dev.haven.core.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.haven.core.io.ReadLimits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCacheHitTest {

  @TempDir
  Path dir;

  @Test
  void aStoredTreeIsWhatTheNextReadOfTheSameBytesUses() {
    byte[] first = "format: haven/1\nid: a\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = "format: haven/1\nid: b\n".getBytes(StandardCharsets.UTF_8);
    TreeReader plain = new TreeReader(ReadLimits.DEFAULT);
    Node secondTree = plain.read(second, false).root().orElseThrow();
    assertNotEquals(plain.read(first, false).root(), plain.read(second, false).root());

    ParseCache cache = new ParseCache(dir);
    String context = ParseCache.context(false, ReadLimits.DEFAULT);
    // an entry for the first file's exact bytes, holding the second file's tree: only a reader that consults the
    // cache can return it
    cache.put(ParseCache.key(first, context), first, context, secondTree);
    assertEquals(secondTree, new TreeReader(ReadLimits.DEFAULT, cache).read(first, false).root().orElseThrow());
  }

  @Test
  void anEntryNestedDeeperThanTheLimitsIsAMissNotACrash() {
    byte[] text = "format: haven/1\n".getBytes(StandardCharsets.UTF_8);
    Node deep = new Node.ScalarNode(dev.haven.core.io.Position.START, "x", Node.ScalarType.STRING);
    // deeper than any parse would let through: the depth check is what keeps a crafted entry off the stack
    for (int i = 0; i < ReadLimits.DEFAULT.maxNestingDepth() + 10; i++) {
      deep = new Node.ListNode(dev.haven.core.io.Position.START, java.util.List.of(deep));
    }
    ParseCache cache = new ParseCache(dir);
    String context = ParseCache.context(false, ReadLimits.DEFAULT);
    cache.put(ParseCache.key(text, context), text, context, deep);
    TreeReader plain = new TreeReader(ReadLimits.DEFAULT);
    assertEquals(plain.read(text, false).root(), new TreeReader(ReadLimits.DEFAULT, cache).read(text, false).root());
  }

  @Test
  void anEntryIsForOneSyntaxAndOneSetOfLimits() {
    byte[] text = "{\"format\": \"haven/1\"}".getBytes(StandardCharsets.UTF_8);
    TreeReader plain = new TreeReader(ReadLimits.DEFAULT);
    Node yamlTree = plain.read("format: x\n".getBytes(StandardCharsets.UTF_8), false).root().orElseThrow();
    ParseCache cache = new ParseCache(dir);
    String yaml = ParseCache.context(false, ReadLimits.DEFAULT);
    cache.put(ParseCache.key(text, yaml), text, yaml, yamlTree);
    // read as JSON, the same bytes have another key and are parsed afresh
    assertEquals(plain.read(text, true).root(), new TreeReader(ReadLimits.DEFAULT, cache).read(text, true).root());
  }
}
