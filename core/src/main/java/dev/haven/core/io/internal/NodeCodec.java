package dev.haven.core.io.internal;

import dev.haven.core.io.Position;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A compact binary form of a parsed {@link Node} tree, positions included, for the {@link ParseCache}, stored
 * with the exact bytes it was parsed from and what else decided the parse. Reading it back is many times faster
 * than scanning the YAML it came from, and gives an equal tree, so everything after parsing (binding, validation,
 * positions in messages) works as if the file had been parsed again.
 */
final class NodeCodec {

  /** Changed whenever the layout changes, so that an entry written by another layout is never misread. */
  private static final int MAGIC = 0x48564e35; // "HVN5": the layout with a checksum at the end

  private static final byte MAP = 'M';
  private static final byte LIST = 'L';
  private static final byte SCALAR = 'S';
  private static final Node.ScalarType[] TYPES = Node.ScalarType.values();

  private NodeCodec() {}

  /**
   * An entry: the source bytes, the context of the parse (syntax and limits) and the tree.
   *
   * @param source the file's bytes, kept whole so that a hit is checked byte for byte, not trusted to a hash
   */
  static byte[] encode(byte[] source, String context, Node root) {
    Out out = new Out();
    out.varint(MAGIC);
    out.text(context);
    out.varint(source.length);
    out.raw(source);
    write(out, root);
    byte[] body = Arrays.copyOf(out.bytes, out.size);
    byte[] entry = Arrays.copyOf(body, body.length + 4);
    int sum = checksum(body, body.length);
    entry[body.length] = (byte) (sum >>> 24);
    entry[body.length + 1] = (byte) (sum >>> 16);
    entry[body.length + 2] = (byte) (sum >>> 8);
    entry[body.length + 3] = (byte) sum;
    return entry;
  }

  /** CRC-32C over the whole entry before it: a tree edited after it was stored no longer matches. */
  private static int checksum(byte[] entry, int length) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(entry, 0, length);
    return (int) crc.getValue();
  }

  /**
   * The tree of an entry written for exactly these bytes and this context; empty when the entry belongs to other
   * bytes (two files whose short keys collide); an {@link IOException} when it is not an entry of this layout or
   * its checksum does not match what it holds.
   */
  static Optional<Node> decode(byte[] stored, byte[] source, String context, int maxDepth) throws IOException {
    if (stored.length < 4) {
      throw new IOException("not a parse-cache entry: too short");
    }
    int length = stored.length - 4;
    int sum = ((stored[length] & 0xff) << 24) | ((stored[length + 1] & 0xff) << 16)
        | ((stored[length + 2] & 0xff) << 8) | (stored[length + 3] & 0xff);
    if (checksum(stored, length) != sum) {
      throw new IOException("the entry's checksum does not match: it was changed after it was written");
    }
    byte[] entry = Arrays.copyOf(stored, length);
    In in = new In(entry);
    if (in.varint() != MAGIC) {
      throw new IOException("not a parse-cache entry of this layout");
    }
    if (!in.text().equals(context) || !in.sameBytes(source)) {
      return Optional.empty();
    }
    Node root = read(in, maxDepth);
    if (in.pos != entry.length) {
      throw new IOException("trailing bytes after the tree");
    }
    return Optional.of(root);
  }

  private static void write(Out out, Node node) {
    if (node instanceof Node.MapNode map) {
      out.bytes(MAP);
      out.position(map.position());
      out.varint(map.entries().size());
      for (Node.Entry entry : map.entries()) {
        out.text(entry.key());
        out.position(entry.keyPosition());
        write(out, entry.value());
      }
    } else if (node instanceof Node.ListNode list) {
      out.bytes(LIST);
      out.position(list.position());
      out.varint(list.items().size());
      for (Node item : list.items()) {
        write(out, item);
      }
    } else {
      Node.ScalarNode scalar = (Node.ScalarNode) node;
      out.bytes(SCALAR);
      out.position(scalar.position());
      out.bytes((byte) scalar.type().ordinal());
      out.text(scalar.text());
    }
  }

  /** Reads one node; {@code depth} is how many more levels may follow, so a crafted entry cannot blow the stack. */
  private static Node read(In in, int depth) throws IOException {
    if (depth < 0) {
      throw new IOException("nested deeper than the read limits allow");
    }
    byte tag = in.next();
    Position at = in.position();
    switch (tag) {
      case MAP: {
        int size = in.count();
        List<Node.Entry> entries = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          entries.add(new Node.Entry(in.text(), in.position(), read(in, depth - 1)));
        }
        return new Node.MapNode(at, entries);
      }
      case LIST: {
        int size = in.count();
        List<Node> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          items.add(read(in, depth - 1));
        }
        return new Node.ListNode(at, items);
      }
      case SCALAR: {
        int type = in.next();
        if (type < 0 || type >= TYPES.length) {
          throw new IOException("unknown scalar type " + type);
        }
        return new Node.ScalarNode(at, in.text(), TYPES[type]);
      }
      default:
        throw new IOException("unknown node tag " + tag);
    }
  }

  /** A growing byte array: entries are small, and streams would cost a call per byte. */
  private static final class Out {
    byte[] bytes = new byte[4096];
    int size;

    void bytes(byte b) {
      room(1);
      bytes[size++] = b;
    }

    void varint(int value) {
      room(5);
      int v = value;
      while ((v & ~0x7F) != 0) {
        bytes[size++] = (byte) ((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      bytes[size++] = (byte) v;
    }

    void position(Position p) {
      varint(p.line());
      varint(p.column());
    }

    /** The length and whether every byte is ASCII, then the UTF-8 bytes. */
    void text(String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(utf8.length << 1 | (isAscii(utf8) ? 1 : 0));
      raw(utf8);
    }

    private static boolean isAscii(byte[] utf8) {
      for (byte b : utf8) {
        if (b < 0) {
          return false;
        }
      }
      return true;
    }

    void raw(byte[] data) {
      room(data.length);
      System.arraycopy(data, 0, bytes, size, data.length);
      size += data.length;
    }

    private void room(int n) {
      if (size + n > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
      }
    }
  }

  /** Reads what {@link Out} wrote, refusing anything that runs past the end or could not have been written. */
  private static final class In {
    final byte[] bytes;
    int pos;

    In(byte[] bytes) {
      this.bytes = bytes;
    }

    byte next() throws IOException {
      if (pos >= bytes.length) {
        throw new IOException("the entry ends early");
      }
      return bytes[pos++];
    }

    int varint() throws IOException {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        byte b = next();
        value |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return value;
        }
      }
      throw new IOException("a number runs too long");
    }

    /** A count of items that follow, each at least one byte long. */
    int count() throws IOException {
      int n = varint();
      if (n < 0 || n > bytes.length - pos) {
        throw new IOException("impossible count " + n);
      }
      return n;
    }

    Position position() throws IOException {
      int line = varint();
      int column = varint();
      if (line < 1 || column < 1) {
        throw new IOException("impossible position " + line + ":" + column);
      }
      return new Position(line, column);
    }

    /** Whether the next bytes are a length and exactly {@code expected}; moves past them either way. */
    boolean sameBytes(byte[] expected) throws IOException {
      int length = count();
      boolean same = Arrays.equals(bytes, pos, pos + length, expected, 0, expected.length);
      pos += length;
      return same;
    }

    /**
     * ASCII text is made as Latin-1, which is a copy of the bytes: the UTF-8 decoder first scans them for non-ASCII
     * bytes, a loop the launcher's C1 compiler does not replace with the fast intrinsic, and most texts are ASCII.
     */
    String text() throws IOException {
      int header = varint();
      int length = header >>> 1;
      if (length > bytes.length - pos) {
        throw new IOException("impossible text length " + length);
      }
      String s = new String(bytes, pos, length,
          (header & 1) != 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
      pos += length;
      return s;
    }
  }
}
