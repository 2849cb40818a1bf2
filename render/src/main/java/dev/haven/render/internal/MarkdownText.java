package dev.haven.render.internal;

/** Text placed in Markdown so that it is read as text, whatever characters it holds. */
public final class MarkdownText {

  private MarkdownText() {}

  /** Backslash-escapes every character Markdown or an HTML-aware renderer could read as markup. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.replaceAll("\\s+", " ").toCharArray()) {
      if ("\\`*_{}[]()#+-.!|<>~&\"'=".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
