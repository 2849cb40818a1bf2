package dev.haven.render.data;

import java.io.OutputStream;
import java.io.PrintWriter;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Writes plain data (maps, lists, strings) as JSON or YAML for machines. */
public final class DataWriters {

  /** The layout people and jq users expect: {@code "key": value}, one array element per line, {@code []}. */
  private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);

  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET) // the writer is standard output or a file the caller owns
      .defaultPrettyPrinter(LAYOUT)
      .build();
  private static final YAMLMapper YAML = YAMLMapper.builder(YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .build())
      .build();

  private DataWriters() {}

  /**
   * Streams the JSON to {@code out}: a large answer is never held as one string.
   *
   * @param value maps, lists, strings, numbers, booleans and nulls
   * @param out where the JSON goes, followed by a line break
   */
  public static void json(Object value, PrintWriter out) {
    JSON.writeValue(out, value);
    out.println();
  }

  /**
   * A generator for JSON too large to build first, laid out as {@link #json} lays it out, writing UTF-8 bytes (no
   * writer to encode every character again); close it when done.
   *
   * @param out where the UTF-8 bytes go
   * @return the generator
   */
  public static JsonGenerator jsonGenerator(OutputStream out) {
    return JSON.writer().createGenerator(out, JsonEncoding.UTF8);
  }

  /**
   * Writes the value as YAML, the same shape as its JSON.
   *
   * @param value maps, lists, strings, numbers, booleans and nulls
   * @param out where the YAML goes
   */
  public static void yaml(Object value, PrintWriter out) {
    out.print(YAML.writeValueAsString(value));
  }
}
