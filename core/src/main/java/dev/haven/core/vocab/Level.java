package dev.haven.core.vocab;

/** The level of government a jurisdiction belongs to. */
public enum Level implements Defined {
  /** A city, town, village or other municipality (a consolidated city and county too). */
  CITY("A city, town, village or other municipality (a consolidated city and county too)"),
  /** A county or parish. */
  COUNTY("A county or parish"),
  /** A state. */
  STATE("A state"),
  /** One agency, such as a police department or a sheriff's office. */
  AGENCY("One agency, such as a police department or a sheriff's office");

  private final String meaning;

  Level(String meaning) {
    this.meaning = meaning;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
