package dev.haven.core.io;

/**
 * Bounds on what a file may make the reader do, so that no input can hang it or exhaust memory.
 *
 * @param maxFileBytes files larger than this are refused before they are parsed
 * @param maxNestingDepth how deeply mappings and lists may nest (a real clause set needs about 6)
 * @param maxStringLength the longest single value, in characters
 * @param maxTokens how many values, keys and brackets the file may amount to once YAML aliases are expanded;
 *     this is what stops an "alias bomb" that expands a few lines into billions of values
 */
public record ReadLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength, long maxTokens) {

  /** 16 MiB files, nesting 64 deep, 1 MiB values, a million tokens: far above any real legislation. */
  public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 64, 1 << 20, 1_000_000);

  /**
   * Checks that the limits are large enough to read any clause set.
   *
   * @param maxFileBytes files larger than this are refused before they are parsed
   * @param maxNestingDepth how deeply mappings and lists may nest (a real clause set needs about 6)
   * @param maxStringLength the longest single value, in characters
   * @param maxTokens how many values, keys and brackets the file may amount to once YAML aliases are expanded; this
   *     is what stops an "alias bomb" that expands a few lines into billions of values
   */
  public ReadLimits {
    if (maxFileBytes < 1 || maxNestingDepth < 8 || maxStringLength < 1 || maxTokens < 100) {
      throw new IllegalArgumentException("limits too small to read any clause set");
    }
  }
}
