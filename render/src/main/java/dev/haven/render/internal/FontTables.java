package dev.haven.render.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Edits the table directory of a TrueType font. PDFBox applies a font's {@code GSUB} ligatures ("ff", "ffi")
 * when it sets Latin text, and a ligature glyph maps back to U+FB00–U+FB04 in the PDF, so copied or extracted
 * text reads "Reaﬃrming" and a search for "reaffirming" misses it. Dropping the table keeps every glyph as its
 * own character; DejaVu's Latin text needs no other substitution.
 */
public final class FontTables {

  private static final int HEADER = 12;
  private static final int RECORD = 16;

  private FontTables() {}

  /**
   * The font without the named tables: their directory records are removed, the rest keep their offsets (the
   * freed record slots become padding), so the table data is untouched.
   *
   * @param font a TrueType or OpenType font file
   * @param tags the four-character tags to drop, e.g. {@code GSUB}
   * @return a copy of the font with those tables gone
   * @throws IllegalArgumentException when the bytes are not an sfnt font
   */
  public static byte[] without(byte[] font, Set<String> tags) {
    ByteBuffer in = ByteBuffer.wrap(font);
    if (font.length < HEADER) {
      throw new IllegalArgumentException("not a font: " + font.length + " bytes");
    }
    int count = Short.toUnsignedInt(in.getShort(4));
    if (font.length < HEADER + count * RECORD) {
      throw new IllegalArgumentException("not a font: the table directory runs past the end");
    }
    byte[] out = font.clone();
    ByteBuffer edit = ByteBuffer.wrap(out);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int at = HEADER + i * RECORD;
      String tag = new String(font, at, 4, StandardCharsets.ISO_8859_1);
      if (!tags.contains(tag)) {
        System.arraycopy(font, at, out, HEADER + kept * RECORD, RECORD);
        kept++;
      }
    }
    for (int at = HEADER + kept * RECORD; at < HEADER + count * RECORD; at++) {
      out[at] = 0;
    }
    // the binary-search fields the sfnt header derives from the table count
    int power = Integer.highestOneBit(Math.max(1, kept));
    edit.putShort(4, (short) kept);
    edit.putShort(6, (short) (power * RECORD));
    edit.putShort(8, (short) Integer.numberOfTrailingZeros(power));
    edit.putShort(10, (short) (kept * RECORD - power * RECORD));
    return out;
  }
}
