package dev.haven.render;

import dev.haven.core.model.ClauseSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** A renderer whose document is text: it can also be had as a string. Written out, the text is UTF-8. */
public interface TextRenderer extends Renderer {

  /**
   * The document for {@code set}.
   *
   * @param set any valid clause set
   * @return the document's text
   */
  String render(ClauseSet set);

  @Override
  default void render(ClauseSet set, OutputStream out) throws IOException {
    out.write(render(set).getBytes(StandardCharsets.UTF_8));
  }
}
