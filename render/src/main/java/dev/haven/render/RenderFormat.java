package dev.haven.render;

import dev.haven.core.vocab.Vocabulary;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats Haven renders, with what a file of each is called and whether it is text. */
public enum RenderFormat implements Vocabulary {
  /** A self-contained web page. */
  HTML("html", "text/html", true),
  /** Plain text for printing, with optional line numbers and pages. */
  TEXT("txt", "text/plain", true),
  /** Markdown, for a pull request, an email or a wiki. */
  MARKDOWN("md", "text/markdown", true),
  /** A PDF with embedded fonts, tagged for screen readers. */
  PDF("pdf", "application/pdf", false),
  /** Akoma Ntoso 3.0, the OASIS XML standard for legislative documents. */
  AKN("xml", "application/akn+xml", true);

  private final String extension;
  private final String mediaType;
  private final boolean text;

  RenderFormat(String extension, String mediaType, boolean text) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.text = text;
  }

  /**
   * The usual file name extension.
   *
   * @return the extension, without the dot
   */
  public String extension() {
    return extension;
  }

  /**
   * The format's media (MIME) type.
   *
   * @return e.g. {@code text/html}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Whether the format is text.
   *
   * @return false for a binary format, which must not be written to a terminal
   */
  public boolean isText() {
    return text;
  }

  /**
   * The format a file name's extension suggests ({@code .htm}, {@code .markdown} and {@code .akn} too).
   *
   * @param name a file name
   * @return the format, or empty when the extension names none
   */
  public static Optional<RenderFormat> forFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int dot = lower.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String ext = lower.substring(dot + 1);
    return switch (ext) {
      case "htm" -> Optional.of(HTML);
      case "markdown" -> Optional.of(MARKDOWN);
      case "akn" -> Optional.of(AKN);
      case "text" -> Optional.of(TEXT);
      default -> Arrays.stream(values()).filter(f -> f.extension.equals(ext)).findFirst();
    };
  }
}
