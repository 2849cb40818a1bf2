package dev.haven.core.vocab;

/** The level of government a jurisdiction belongs to. */
public enum Level implements Vocabulary {
  /** A city, town, village or other municipality (a consolidated city and county too). */
  CITY,
  /** A county or parish. */
  COUNTY,
  /** A state. */
  STATE,
  /** One agency, such as a police department or a sheriff's office. */
  AGENCY
}
