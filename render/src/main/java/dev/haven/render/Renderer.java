package dev.haven.render;

import dev.haven.core.model.ClauseSet;

/** Turns a clause set into a document in one format. Implementations are immutable and thread-safe. */
public interface Renderer {

  /** The document for {@code set}. */
  String render(ClauseSet set);
}
