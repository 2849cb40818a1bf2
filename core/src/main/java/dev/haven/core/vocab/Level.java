package dev.haven.core.vocab;

/** The level of government a jurisdiction belongs to. */
public enum Level implements Vocabulary {
  CITY,
  COUNTY,
  STATE,
  AGENCY
}
