package dev.haven.render.internal;

/** Text placed inside a CSS string, such as a running header's {@code content}. */
public final class CssText {

  private CssText() {}

  /**
   * A quoted CSS string holding {@code s}. Quotes, backslashes and line breaks are escaped as CSS requires, and
   * {@code <} too, so the string cannot end the {@code <style>} element it sits in.
   */
  public static String string(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"', '\\' -> sb.append('\\').append(c);
        case '<' -> sb.append("\\3c ");
        case '\n', '\r', '\f' -> sb.append("\\a ");
        default -> sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
