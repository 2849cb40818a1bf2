package dev.haven.core.vocab;

/**
 * A vocabulary whose values carry their meaning at run time, for codebooks and help that are generated from the
 * model rather than written beside it.
 */
public interface Defined extends Vocabulary {

  /** {@return what the value means, as a sentence fragment a codebook can print after the value} */
  String meaning();
}
