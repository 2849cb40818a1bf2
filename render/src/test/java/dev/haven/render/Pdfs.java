package dev.haven.render;

import dev.haven.core.model.ClauseSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Renders to bytes in tests. */
final class Pdfs {

  private Pdfs() {}

  static byte[] render(Renderer renderer, ClauseSet set) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(set, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
