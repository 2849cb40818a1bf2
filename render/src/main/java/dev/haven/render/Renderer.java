package dev.haven.render;

import dev.haven.core.model.ClauseSet;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns a clause set into a document in one format. Implementations are immutable and thread-safe, and are
 * configured through their builders.
 *
 * <pre>{@code
 * Renderer pdf = PdfRenderer.builder().build();
 * try (OutputStream out = Files.newOutputStream(target)) {
 *   pdf.render(set, out);
 * }
 * }</pre>
 *
 * @see TextRenderer for the formats that are text
 */
public interface Renderer {

  /**
   * The format this renderer writes.
   *
   * @return the format
   */
  RenderFormat format();

  /**
   * Writes the document for {@code set} to {@code out}, which it leaves open.
   *
   * @param set any valid clause set
   * @param out where the document goes
   * @throws IOException when {@code out} cannot be written
   */
  void render(ClauseSet set, OutputStream out) throws IOException;
}
