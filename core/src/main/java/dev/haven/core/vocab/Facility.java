package dev.haven.core.vocab;

/** Places and systems federal immigration authorities are kept out of. */
public enum Facility implements Vocabulary {
  /** Jails and the people in custody there. */
  JAIL,
  /** Non-public areas of public buildings. */
  NON_PUBLIC_AREAS,
  /** Interviews of people in custody. */
  INTERVIEWS,
  /** Databases and data-sharing systems. */
  DATABASES,
  /** Office space in public buildings. */
  OFFICE_SPACE
}
