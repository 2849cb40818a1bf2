package dev.haven.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.haven.core.model.ClauseSet;
import dev.haven.render.internal.FontTables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * A clause set as a PDF: the {@link HtmlRenderer}'s page laid out by openhtmltopdf on PDFBox, with its print
 * CSS (US letter, page numbers, running header, clause headings kept with their text). The text is
 * selectable and set in DejaVu Serif, which is embedded (subset), so the file looks the same everywhere. The
 * document's title, subject and author come from the set. Nothing is fetched: every external resource is refused.
 */
public final class PdfRenderer implements Renderer {

  /** The family name the embedded fonts are registered under, and the page's CSS asks for. */
  static final String FONT_FAMILY = "DejaVu Serif";

  private final HtmlRenderer html;
  private final String producer;

  private PdfRenderer(Builder builder) {
    this.producer = builder.producer;
    this.html = HtmlRenderer.builder().clean(builder.clean).build();
  }

  /**
   * Settings for a new renderer, all at their defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RenderFormat format() {
    return RenderFormat.PDF;
  }

  /**
   * The most text a PDF is laid out from, in characters: about 110 printed pages, far above any ordinance, and laid
   * out within a few seconds. The line breaker's time grows with a paragraph's length and the layout's memory with
   * the whole document, so a set past this (a valid set may hold 16 MB) is refused rather than left to run for
   * minutes.
   */
  public static final int MAX_TEXT = 300_000;

  /** The sRGB ICC profile PDF/A's output intent names; the JDK carries one. */
  private static final byte[] SRGB = java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB)
      .getData();

  @Override
  public void render(ClauseSet set, OutputStream out) throws IOException {
    Document page = html.document(set);
    int length = page.body().text().length();
    if (length > MAX_TEXT) {
      throw new TooLongException(length);
    }
    // the screen font list starts with fonts a reader's system may have; the PDF must use the embedded one
    page.head().appendElement("style").appendChild(new DataNode("* { font-family: '" + FONT_FAMILY + "' !important; }"));
    PdfRendererBuilder pdf = new PdfRendererBuilder();
    pdf.useFastMode();
    // Tagged PDF (PDF/UA): readable by screen readers, and openhtmltopdf then uses only embedded fonts, never
    // PDFBox's unembedded standard 14 (which would also make PDFBox scan the system's fonts).
    pdf.usePdfUaAccessibility(true);
    // PDF/A-2b as well, so that archives accept it: the sRGB output intent (the JDK's own profile) and the pdfaid
    // metadata; every font is embedded already
    pdf.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B);
    pdf.useColorProfile(SRGB);
    pdf.withW3cDocument(W3CDom.convert(page), "about:blank");
    font(pdf, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
    font(pdf, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
    font(pdf, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
    pdf.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    pdf.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    pdf.withProducer(producer);
    pdf.toStream(out);
    pdf.run();
  }

  private static void font(PdfRendererBuilder pdf, String file, int weight, FontStyle style) {
    // also the fallback for any family the page names (a generic "serif", the page margins' text)
    pdf.useFont(() -> open("fonts/" + file), FONT_FAMILY, weight, style, true,
        EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE));
  }

  private static InputStream open(String resource) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new ByteArrayInputStream(FontTables.without(in.readAllBytes(), Set.of("GSUB")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A set with more text than a PDF is laid out from ({@link #MAX_TEXT}); nothing was written. */
  public static final class TooLongException extends IllegalArgumentException {
    /** Serialization version; the exception carries only its message. */
    private static final long serialVersionUID = 1L;

    TooLongException(int length) {
      super("the document has " + length + " characters of text, more than the " + MAX_TEXT + " a PDF is made"
          + " from (about 110 pages); render it as html and print that, or split the set");
    }
  }

  /** Settings for a {@link PdfRenderer}. */
  public static final class Builder {
    private String producer = "Haven";
    private boolean clean;

    private Builder() {}

    /**
     * The document as it would be introduced, without annotations; see {@link HtmlRenderer.Builder#clean}.
     *
     * @param on whether to leave the annotations out; off by default
     * @return this builder
     */
    public Builder clean(boolean on) {
      this.clean = on;
      return this;
    }

    /**
     * What the PDF's metadata names as its producer; "Haven" by default.
     *
     * @param name the producer's name
     * @return this builder
     */
    public Builder producer(String name) {
      this.producer = name;
      return this;
    }

    /**
     * A renderer with these settings.
     *
     * @return the renderer, immutable and thread-safe
     */
    public PdfRenderer build() {
      return new PdfRenderer(this);
    }
  }
}
