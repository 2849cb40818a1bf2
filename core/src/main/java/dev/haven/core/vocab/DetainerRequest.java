package dev.haven.core.vocab;

/** Federal requests to hold or hand over a person that are not honored. */
public enum DetainerRequest implements Vocabulary {
  DETAINER,
  HOLD,
  ADMINISTRATIVE_WARRANT
}
