package dev.haven.core.io.internal;

import dev.haven.core.io.Position;
import dev.haven.core.io.internal.Node.Entry;
import dev.haven.core.io.internal.Node.ListNode;
import dev.haven.core.io.internal.Node.MapNode;
import dev.haven.core.io.internal.Node.ScalarNode;
import dev.haven.core.io.internal.Node.ScalarType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/** Whole-tree operations: every text value, every place by JSON Pointer. */
public final class NodeWalk {

  private NodeWalk() {}

  /** The same tree with every text value (not keys, numbers or booleans) passed through {@code change}. */
  public static Node mapText(Node node, UnaryOperator<String> change) {
    if (node instanceof MapNode map) {
      List<Entry> entries = new ArrayList<>(map.entries().size());
      for (Entry e : map.entries()) {
        entries.add(new Entry(e.key(), e.keyPosition(), mapText(e.value(), change)));
      }
      return new MapNode(map.position(), entries);
    }
    if (node instanceof ListNode list) {
      return new ListNode(list.position(), list.items().stream().map(i -> mapText(i, change)).toList());
    }
    ScalarNode scalar = (ScalarNode) node;
    return scalar.type() == ScalarType.STRING
        ? new ScalarNode(scalar.position(), change.apply(scalar.text()), ScalarType.STRING)
        : scalar;
  }

  /** Calls {@code each} with the JSON Pointer and the node of every text value in the tree. */
  public static void eachText(Node node, BiConsumer<String, ScalarNode> each) {
    eachText(node, "", each);
  }

  private static void eachText(Node node, String pointer, BiConsumer<String, ScalarNode> each) {
    if (node instanceof MapNode map) {
      map.entries().forEach(e -> eachText(e.value(), pointer + "/" + escape(e.key()), each));
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        eachText(list.items().get(i), pointer + "/" + i, each);
      }
    } else if (node instanceof ScalarNode scalar && scalar.type() == ScalarType.STRING) {
      each.accept(pointer, scalar);
    }
  }

  /**
   * Records where every value starts, by JSON Pointer (RFC 6901): a mapping's entry at its key, so that a
   * message about a field points at the field's name; a list item at the item.
   */
  public static void positions(Node node, Map<String, Position> into) {
    into.put("", node.position());
    positions(node, "", into);
  }

  private static void positions(Node node, String pointer, Map<String, Position> into) {
    if (node instanceof MapNode map) {
      for (Entry e : map.entries()) {
        String child = pointer + "/" + escape(e.key());
        into.put(child, e.keyPosition());
        positions(e.value(), child, into);
      }
    } else if (node instanceof ListNode list) {
      for (int i = 0; i < list.items().size(); i++) {
        String child = pointer + "/" + i;
        into.put(child, list.items().get(i).position());
        positions(list.items().get(i), child, into);
      }
    }
  }

  /** A key as one JSON Pointer segment. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
