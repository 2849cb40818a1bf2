package dev.haven.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an ordinance published as a web page. The page is parsed, never rendered: nothing it references (images,
 * styles, scripts, frames) is fetched or run. Scripts, styles, forms and the parts of the page that are site
 * furniture (navigation, banners, footers, sidebars, breadcrumbs) are dropped; every remaining block becomes one
 * {@link SourceLine}, its whitespace collapsed as a browser would show it.
 */
public final class HtmlSource {

  private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "nav",
      "header", "footer", "aside", "form", "iframe", "frame", "frameset", "object", "embed", "svg", "canvas",
      "button", "select", "input", "textarea", "link", "meta", "head", "menu", "dialog", "audio", "video");
  private static final Set<String> DROPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "search",
      "complementary", "menu", "menubar", "toolbar", "dialog");
  /** Class or id words that mark site furniture on code-library and legislative sites. */
  private static final List<String> FURNITURE = List.of("breadcrumb", "navbar", "nav-", "-nav", "sidebar",
      "skip-link", "skiplink", "cookie", "site-header", "site-footer", "toolbar", "menu", "share", "print-button");
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2",
      "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "main", "table", "tr", "td", "th",
      "caption", "figure", "figcaption", "address", "center", "hr", "body", "tbody", "thead", "tfoot");

  private HtmlSource() {}

  public static SourceDocument read(byte[] bytes) {
    Document page;
    try {
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String title = page.title().strip();
    List<Element> furniture = new ArrayList<>();
    for (Element e : page.getAllElements()) {
      if (isFurniture(e)) {
        furniture.add(e);
      }
    }
    furniture.forEach(Node::remove);
    Blocks blocks = new Blocks();
    NodeTraversor.traverse(blocks, page.body());
    blocks.flush();
    return new SourceDocument(LineNumbers.inMargin(blocks.lines),
        title.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(title), true);
  }

  private static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (DROPPED_TAGS.contains(tag) && !(tag.equals("header") && insideArticle(e))) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    if (DROPPED_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : FURNITURE) {
      if (names.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** An {@code <header>} inside an article or section holds the section's own heading: keep it. */
  private static boolean insideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.normalName().equals("section") || p.normalName().equals("main")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Collects the text of each block, starting a new line at every block boundary and {@code <br>}. Blocks are
   * separated by a blank line, as paragraphs are in a text file; lines broken by {@code <br>} are not, since pages
   * made from PDFs or word processors break every printed line that way, mid-sentence, and the lines of one
   * paragraph must be read together as a text file's are. Two {@code <br>} in a row leave a blank line.
   */
  private static final class Blocks implements NodeVisitor {
    final List<SourceLine> lines = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int line = 1;
    private int headingLevel;
    private int preDepth;

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        if (current.length() == 0) {
          line = Math.max(1, text.sourceRange().start().lineNumber());
        }
        if (preDepth > 0) {
          String[] parts = text.getWholeText().split("\r\n|\r|\n", -1);
          for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
              flush();
            }
            append(parts[i]);
          }
        } else {
          append(text.getWholeText());
        }
      } else if (node instanceof Element e) {
        if (e.normalName().equals("br")) {
          lineBreak();
        } else if (BLOCKS.contains(e.normalName())) {
          flush();
          headingLevel = e.normalName().matches("h[1-6]") ? e.normalName().charAt(1) - '0' : 0;
          if (e.normalName().equals("li")) {
            line = Math.max(1, e.sourceRange().start().lineNumber());
            current.append(Verbatim.LIST_MARK).append(' '); // read as a bullet, one item of a list
          }
          if (e.normalName().equals("pre")) {
            preDepth++;
          }
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        flush();
        headingLevel = 0;
        if (e.normalName().equals("pre")) {
          preDepth--;
        }
      }
    }

    /** Appends text with runs of whitespace (including no-break spaces) collapsed to one space. */
    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
            current.append(' ');
          }
        } else {
          current.append(c);
        }
      }
    }

    void flush() {
      String text = current.toString().strip();
      if (!text.isEmpty()) {
        lines.add(new SourceLine(line, 0, text, headingLevel));
      }
      current.setLength(0);
      blankLine();
    }

    private void lineBreak() {
      String text = current.toString().strip();
      if (text.isEmpty()) {
        blankLine();
      } else {
        lines.add(new SourceLine(line, 0, text, headingLevel));
      }
      current.setLength(0);
    }

    /** A blank line after each block, as between the paragraphs of a text file; never two in a row. */
    private void blankLine() {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).text().isEmpty()) {
        lines.add(new SourceLine(line, 0, "", 0));
      }
    }
  }
}
