package dev.haven.core.vocab;

/** Police acts that must not be taken on the forbidden basis. */
public enum DetentionAct implements Vocabulary {
  STOP,
  CONTACT,
  DETAIN,
  ARREST,
  INVESTIGATE,
  BOOK
}
