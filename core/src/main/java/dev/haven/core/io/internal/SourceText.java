package dev.haven.core.io.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A file's text, decoded from its bytes the first time someone asks. A file found in the parse cache is bound
 * straight from its cached tree; its text is needed only to show a line in a message, so decoding every file of a
 * large corpus up front was a tenth of the time of reading it. Thread-safe: a race decodes twice, to equal strings.
 */
public final class SourceText {

  private final byte[] utf8;
  private String text;

  private SourceText(byte[] utf8, String text) {
    this.utf8 = utf8;
    this.text = text;
  }

  /** {@return text already decoded} */
  public static SourceText of(String text) {
    return new SourceText(null, Objects.requireNonNull(text, "text"));
  }

  /** Bytes already known to be valid UTF-8 (a byte-order mark is left out of the text). */
  static SourceText ofValidUtf8(byte[] utf8) {
    return new SourceText(utf8, null);
  }

  /** {@return the text, without a byte-order mark} */
  public String get() {
    String t = text;
    if (t == null) {
      t = new String(utf8, StandardCharsets.UTF_8);
      t = t.startsWith("\uFEFF") ? t.substring(1) : t;
      text = t;
    }
    return t;
  }
}
