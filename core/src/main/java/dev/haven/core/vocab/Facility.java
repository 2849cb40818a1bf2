package dev.haven.core.vocab;

/** Places and systems federal immigration authorities are kept out of. */
public enum Facility implements Vocabulary {
  JAIL,
  NON_PUBLIC_AREAS,
  INTERVIEWS,
  DATABASES,
  OFFICE_SPACE
}
