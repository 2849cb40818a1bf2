package dev.haven.core.io;

import dev.haven.core.io.internal.CanonicalForm;
import dev.haven.core.model.ClauseSet;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes clause sets as YAML in one canonical order: the fields in the order the format lists them,
 * defaults and unspecified fields left out, {@code x-} fields last. Reading the output gives an equal set.
 */
public final class ClauseSetWriter {

  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .build())
      .build();

  /**
   * The set as canonical YAML text.
   *
   * @param set the set to write
   * @return the set as canonical YAML text
   */
  public String toYaml(ClauseSet set) {
    return YAML.writeValueAsString(CanonicalForm.of(set));
  }
}
