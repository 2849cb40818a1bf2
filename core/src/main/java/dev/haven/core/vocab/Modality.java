package dev.haven.core.vocab;

/** How strongly a clause binds: the verb of the rule (shall not, shall, may, urges). */
public enum Modality implements Defined {
  /** Shall not: forbids the act. */
  PROHIBITION("Shall not: forbids the act"),
  /** Shall: requires the act. */
  OBLIGATION("Shall: requires the act"),
  /** May: allows the act. */
  PERMISSION("May: allows the act"),
  /** Urges or requests, without binding. */
  RECOMMENDATION("Urges or requests, without binding");

  private final String meaning;

  Modality(String meaning) {
    this.meaning = meaning;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
