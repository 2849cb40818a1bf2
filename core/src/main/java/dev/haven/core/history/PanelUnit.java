package dev.haven.core.history;

import dev.haven.core.vocab.Defined;

/** What one row of a panel describes within a jurisdiction's period of unchanged law. */
public enum PanelUnit implements Defined {
  /** One row per clause kind. */
  KIND("one row per jurisdiction, period of unchanged law and clause kind"),
  /** One row per criterion of a rubric. */
  CRITERION("one row per jurisdiction, period of unchanged law and criterion of the rubric");

  private final String meaning;

  PanelUnit(String meaning) {
    this.meaning = meaning;
  }

  @Override
  public String meaning() {
    return meaning;
  }
}
