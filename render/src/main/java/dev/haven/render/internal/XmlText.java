package dev.haven.render.internal;

/** Text placed in an XML 1.0 document. */
public final class XmlText {

  private XmlText() {}

  /**
   * {@code s} with every character XML 1.0 forbids (most control characters, lone surrogates, U+FFFE and
   * U+FFFF) replaced by U+FFFD. A YAML file can hold them as escapes; a serializer would write them as
   * character references, which no XML parser accepts.
   */
  public static String legal(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(ok ? c : '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }
}
