package dev.haven.core.io;

/** Lines of a file's text, for showing the line a problem is on. */
public final class SourceLines {

  private SourceLines() {}

  /**
   * The text of a 1-based line, without its line break; empty past the end.
   *
   * @param text a whole file's text
   * @param number the line number, from 1
   * @return the text of the line, without its line break; empty past the end
   */
  public static String line(String text, int number) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    return number >= 1 && number <= lines.length ? lines[number - 1] : "";
  }
}
