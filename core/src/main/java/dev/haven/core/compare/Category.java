package dev.haven.core.compare;

/**
 * The rubric's groups, after the Immigrant Legal Resource Center's categories of local policy on immigration
 * enforcement.
 */
public enum Category {
  INFORMATION("information sharing and status checks"),
  DETAINERS("detainers and jail transfers"),
  ICE_ACCESS("ICE access"),
  PARTICIPATION("participation in enforcement"),
  CONTRACTS("contracts"),
  SERVICES("services");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  /** {@return the category's name as people read it} */
  public String title() {
    return title;
  }
}
