package dev.haven.core.vocab;

/** Federal requests to hold or hand over a person that are not honored. */
public enum DetainerRequest implements Vocabulary {
  /** An immigration detainer: a request to keep a person in custody for federal immigration authorities. */
  DETAINER,
  /** A request to hold a person past their release, by any name. */
  HOLD,
  /** An administrative (civil) immigration warrant, issued by an agency rather than a judge. */
  ADMINISTRATIVE_WARRANT
}
