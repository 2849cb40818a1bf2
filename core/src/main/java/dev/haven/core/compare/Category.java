package dev.haven.core.compare;

/** The groups of the {@code haven} rubric ({@link Rubric#HAVEN}), the project's own. */
public enum Category {
  /** Information sharing and status checks. */
  INFORMATION("information sharing and status checks"),
  /** Detainers and jail transfers. */
  DETAINERS("detainers and jail transfers"),
  /** ICE access to jails, interviews, databases and offices. */
  ICE_ACCESS("ICE access"),
  /** Participation in enforcement: stops, arrests, resources, joint operations. */
  PARTICIPATION("participation in enforcement"),
  /** Contracts: 287(g) agreements and detention contracts. */
  CONTRACTS("contracts"),
  /** Services given regardless of status, and safe spaces. */
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
