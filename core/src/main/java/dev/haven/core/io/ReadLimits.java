package dev.haven.core.io;

/**
 * Bounds on what a file may make the reader do, so that no input can hang it or exhaust memory.
 *
 * @param maxFileBytes files larger than this are refused before they are parsed
 * @param maxNestingDepth how deeply mappings and lists may nest (a real clause set needs about 6)
 * @param maxStringLength the longest single value, in characters
 */
public record ReadLimits(long maxFileBytes, int maxNestingDepth, int maxStringLength) {

  /** 16 MiB files, nesting 64 deep, 1 MiB values: far above any real legislation. */
  public static final ReadLimits DEFAULT = new ReadLimits(16L << 20, 64, 1 << 20);

  public ReadLimits {
    if (maxFileBytes < 1 || maxNestingDepth < 8 || maxStringLength < 1) {
      throw new IllegalArgumentException("limits too small to read any clause set");
    }
  }
}
