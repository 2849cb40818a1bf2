package dev.haven.importer.internal;

/**
 * The marks and words that open a unit of a legal text, defined once: where lines are joined into paragraphs
 * ({@link Paragraphs}) a line that opens one starts a new paragraph, and where paragraphs are read into an outline
 * ({@link Outline}) the same opening says what the paragraph is.
 */
final class Openings {

  private Openings() {}

  /** The marks that start a list's item: hyphens and bullets, and the squares, arrows and ticks of word processors. */
  static final String BULLETS = "[-*•–■▪●◦○□➢►▶✓✔❖◆◇" + Verbatim.LIST_MARK + "]";

  /** An item's label: (a) (1) (A) (iv) or a) 1. A. iv. (the full stop before a space or the line's end). */
  static final String ITEM_LABEL = "(?:\\(([A-Za-z]{1,2}|[ivxlIVXL]{1,5}|\\d{1,3})\\)|([a-z]|\\d{1,3})\\)"
      + "|([a-zA-Z]|[ivx]{2,5}|[IVX]{2,5}|\\d{1,3})\\.(?=\\s|$))";

  /** A key in capitals and its colon, an editor's ("NOTE:") or a record's ("FILE NO.:"): the key, no colon. */
  static final String CAPITAL_KEY = "[A-Z][A-Z0-9 /#&'.-]{1,40}(?:\\([^)]*\\))?";

  /** A recital's first word. */
  static final String RECITAL = "WHEREAS\\b";

  /** The words that open a RESOLVED clause, in the capitals they are printed in: "NOW, THEREFORE, BE IT RESOLVED". */
  static final String RESOLVED = "(?:NOW,?\\s*)?(?:THEREFORE,?\\s*)?"
      + "(?:(?:LET IT BE|BE IT)\\s+(?:FURTHER\\s+|FINALLY\\s+)?)?(?:RESOLVED|ORDAINED)";

  /** A section's or subdivision's word before its number: "SECTION 2", "Sec. 4", "Subd. 3". */
  static final String SECTION_WORD = "(?:SEC(?:TION)?|Sec(?:tion)?|Subd(?:ivision)?)\\.?";
}
