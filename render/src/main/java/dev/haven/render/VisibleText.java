package dev.haven.render;

/**
 * Text from a file made safe to print to a terminal: control characters become visible marks instead of acting.
 * A raw ESC in a clause could clear the screen, recolour or hide text, set the window title or plant a link (OSC
 * 8); a carriage return or backspace could overwrite what was printed; a newline in an id or a file name could
 * forge a {@code FILE:1:1: error:} line. Every human-readable text output passes its data through here; JSON,
 * YAML, CSV and the document formats keep the data exact.
 *
 * <p>C0 controls and DEL are shown in caret notation, as {@code cat -v} does ({@code ^[} for ESC, {@code ^M} for
 * a carriage return, {@code ^?} for DEL); C1 controls, the Unicode line and paragraph separators and the
 * bidirectional overrides and isolates (which can reorder what a reader sees) as {@code <U+009B>}; a lone
 * surrogate, which is no character at all, as U+FFFD.
 */
public final class VisibleText {

  private VisibleText() {}

  /**
   * A value printed on one line (an id, a file name, a message): every control shows, line breaks included; a tab
   * stays a tab.
   *
   * @param text any text
   * @return the text with its control characters made visible
   */
  public static String line(String text) {
    return visible(text, false);
  }

  /**
   * Text laid out over lines (a rendered document, a redline): line feeds, tabs and form feeds act; every other
   * control shows.
   *
   * @param text any text
   * @return the text with its other control characters made visible
   */
  public static String block(String text) {
    return visible(text, true);
  }

  private static String visible(String text, boolean layout) {
    int i = 0;
    while (i < text.length() && isPlain(text.charAt(i), text, i, layout)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isPlain(c, text, i, layout)) {
        out.append(c);
      } else if (c < 0x20) {
        out.append('^').append((char) (c + 0x40));
      } else if (c == 0x7f) {
        out.append("^?");
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(String.format("<U+%04X>", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean isPlain(char c, String text, int at, boolean layout) {
    if (c < 0x20) {
      return c == '\t' || (layout && (c == '\n' || c == '\f'));
    }
    if (c < 0x7f) {
      return true;
    }
    if (c <= 0x9f) {
      return false;
    }
    if (c == '\u2028' || c == '\u2029' || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return at > 0 && Character.isHighSurrogate(text.charAt(at - 1));
    }
    return true;
  }
}
