package dev.haven.render.compare;

import dev.haven.core.compare.Cell;
import java.util.Optional;

/** The short mark of a comparison cell, the same in the terminal table and on the page. */
public final class CellSymbol {

  private CellSymbol() {}

  /**
   * "P", "O", "R" or "M" for the cell's modality (M: may, a permission), "G" for clauses without one; "*" added
   * when the cell has exceptions; "-" for an absent kind.
   *
   * @param cell a cell of a comparison, empty where the kind is absent
   * @return the cell's mark
   */
  public static String of(Optional<Cell> cell) {
    if (cell.isEmpty()) {
      return "-";
    }
    String letter = cell.get().modality().map(m -> switch (m) {
      case PROHIBITION -> "P";
      case OBLIGATION -> "O";
      case RECOMMENDATION -> "R";
      case PERMISSION -> "M";
    }).orElse("G");
    return cell.get().hasExceptions() ? letter + "*" : letter;
  }
}
