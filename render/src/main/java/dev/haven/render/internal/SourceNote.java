package dev.haven.render.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/** A clause's source as a reader sees it: the document's title and publisher, where in it, and its address. */
public record SourceNote(String title, Optional<String> publisher, Optional<String> locator, Optional<String> url) {

  /** "Title (Publisher), locator, url". */
  public String plain() {
    StringBuilder sb = new StringBuilder(title);
    publisher.ifPresent(p -> sb.append(" (").append(p).append(')'));
    locator.ifPresent(l -> sb.append(", ").append(l));
    url.ifPresent(u -> sb.append(", ").append(u));
    return sb.toString();
  }

  /**
   * The address when it is safe to link: http or https only, so a hostile file cannot plant a
   * {@code javascript:} or {@code data:} link in a rendered page.
   */
  public Optional<String> linkableUrl() {
    return url.filter(SourceNote::isWebAddress);
  }

  static boolean isWebAddress(String url) {
    return WEB.matcher(url.strip()).lookingAt();
  }

  private static final Pattern WEB = Pattern.compile("https?://[^\\s/]", Pattern.CASE_INSENSITIVE);
}
