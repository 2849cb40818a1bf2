package dev.haven.importer.internal;

import dev.haven.importer.ImportException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text ordinance: strict UTF-8, one {@link SourceLine} per line. A Markdown heading ("## Section 2") is
 * a heading, as an {@code <h2>} is in a web page.
 */
public final class PlainTextSource {

  private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}\\s+(\\S.*?)\\s*#*");
  /** "# 5" or "# 5 of 12" on a line of its own is a number, not a heading. */
  private static final Pattern LABELLED = Pattern.compile("\\d+\\s*(?:of\\s+\\d+)?$");

  private PlainTextSource() {}

  public static SourceDocument read(String origin, byte[] bytes) {
    String text = decode(origin, bytes);
    List<SourceLine> lines = new ArrayList<>();
    int number = 1;
    for (String raw : text.split("\r\n|\r|\n", -1)) {
      int indent = 0;
      int i = 0;
      while (i < raw.length() && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t' || raw.charAt(i) == '\u00a0')) {
        indent += raw.charAt(i) == '\t' ? 4 : 1;
        i++;
      }
      String words = raw.strip().replace('\u00a0', ' ');
      Matcher atx = MARKDOWN_HEADING.matcher(words);
      lines.add(atx.matches() && !LABELLED.matcher(atx.group(1)).lookingAt()
          ? new SourceLine(number++, indent, atx.group(1), words.length() - words.replaceFirst("^#+", "").length())
          : new SourceLine(number++, indent, words, 0));
    }
    return new SourceDocument(LineNumbers.inMargin(lines), Optional.empty(), false);
  }

  /** The text, or a message naming the line and column of the first byte that is not UTF-8. */
  static String decode(String origin, byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    // binary input (NUL bytes, control bytes throughout) is refused before this, by BinaryInput
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      CharBuffer chars = decoder.decode(in);
      return chars.toString();
    } catch (CharacterCodingException e) {
      int bad = firstInvalid(bytes, start);
      throw new ImportException(origin, Optional.of(BinaryInput.positionOf(bytes, start, bad)),
          "not UTF-8 (byte 0x" + Integer.toHexString(bytes[bad] & 0xff) + "); save the file as UTF-8 text");
    }
  }

  private static int firstInvalid(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }
}
