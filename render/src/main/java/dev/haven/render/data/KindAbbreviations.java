package dev.haven.render.data;

import dev.haven.core.model.ClauseKind;

/** Four-letter names of the clause kinds, so that a matrix of every kind fits a terminal. */
public final class KindAbbreviations {

  /** Every abbreviation's length. */
  public static final int WIDTH = 4;

  private KindAbbreviations() {}

  /**
   * The kind's column heading in the comparison table.
   *
   * @param kind a clause kind
   * @return its abbreviation, {@link #WIDTH} letters at most
   */
  public static String of(ClauseKind kind) {
    return switch (kind) {
      case COMMUNICATION_LIMIT -> "comm";
      case SPENDING_RESTRICTION -> "spnd";
      case SERVICE_NON_DENIAL -> "serv";
      case STATUS_NON_INQUIRY -> "stat";
      case DETENTION_LIMIT -> "detn";
      case DETAINER_LIMIT -> "dtnr";
      case NOTIFICATION_LIMIT -> "noti";
      case FACILITY_ACCESS_LIMIT -> "facc";
      case ENFORCEMENT_NON_PARTICIPATION -> "enfo";
      case COOPERATION_CONDITION -> "coop";
      case SAFE_SPACE -> "safe";
      case REPORTING_REQUIREMENT -> "rept";
      case GENERAL_PROVISION -> "genl";
    };
  }
}
