package dev.haven.core.io.internal;

import dev.haven.core.io.Position;
import java.util.List;
import java.util.Optional;

/** A YAML or JSON value with the position it starts at, so that every problem can name its place. */
public sealed interface Node permits Node.MapNode, Node.ListNode, Node.ScalarNode {

  Position position();

  /** How this value reads in a message: "a list", "the text 'x'". */
  String describe();

  /** A mapping; keys are unique (the tree reader reports duplicates and keeps the first). */
  record MapNode(Position position, List<Entry> entries) implements Node {
    public MapNode {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
      // a loop, not a stream: binding asks this for every field of every mapping of every file
      for (Entry e : entries) {
        if (e.key().equals(key)) {
          return Optional.of(e);
        }
      }
      return Optional.empty();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping with its value. */
  record Entry(String key, Position keyPosition, Node value) {}

  /** A sequence. */
  record ListNode(Position position, List<Node> items) implements Node {
    public ListNode {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar as written; {@code type} says how the parser read it. */
  record ScalarNode(Position position, String text, ScalarType type) implements Node {
    @Override
    public String describe() {
      return switch (type) {
        case NULL -> "no value";
        case STRING -> "the text '" + abbreviate(text) + "'";
        case NUMBER -> "the number " + abbreviate(text);
        case BOOLEAN -> "the value " + text;
      };
    }

    private static String abbreviate(String s) {
      String oneLine = s.replaceAll("\\s+", " ").strip();
      return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 39) + "…";
    }
  }

  /** How a scalar was read. */
  enum ScalarType {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }
}
