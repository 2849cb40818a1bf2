package dev.haven.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.haven.core.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The schema made from the model: published in docs/schema/, and true to every seed and to the reader. */
class FormatSchemaTest {

  private static final Path PUBLISHED = Path.of("..", "docs", "schema", "haven-1.schema.json");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(FormatSchema.json());

  @Test
  void thePublishedSchemaIsTheOneTheModelMakes() throws IOException {
    if (Boolean.getBoolean("haven.golden.update")) {
      Files.writeString(PUBLISHED, FormatSchema.json());
    }
    assertEquals(FormatSchema.json(), Files.readString(PUBLISHED),
        "docs/schema/haven-1.schema.json is stale; run with -Dhaven.golden.update=true");
  }

  static Stream<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.walk(Fixtures.SEEDS)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedMeetsTheSchema(Path seed) throws IOException {
    Set<ValidationMessage> problems = SCHEMA.validate(tree(Files.readString(seed)));
    assertEquals(Set.of(), problems, seed.toString());
  }

  /** A second implementation of JSON Schema 2020-12 (json-sKema), independent of the first (networknt). */
  private static final com.github.erosb.jsonsKema.Validator SECOND = com.github.erosb.jsonsKema.Validator.forSchema(
      new com.github.erosb.jsonsKema.SchemaLoader(new com.github.erosb.jsonsKema.JsonParser(FormatSchema.json())
          .parse()).load());

  private static Optional<String> second(String yaml) throws IOException {
    var failure = SECOND.validate(new com.github.erosb.jsonsKema.JsonParser(JSON.writeValueAsString(tree(yaml)))
        .parse());
    return Optional.ofNullable(failure).map(Object::toString);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedMeetsTheSchemaInASecondImplementation(Path seed) throws IOException {
    assertEquals(Optional.empty(), second(Files.readString(seed)), seed.toString());
  }

  @Test
  void theSchemasIdIsAValidUrnAndItsAddressesAreUris() throws IOException {
    JsonNode schema = JSON.readTree(FormatSchema.json());
    // RFC 8141: "urn:", a namespace of letters, digits and hyphens, then the specific string
    assertTrue(schema.get("$id").asText().matches("urn:[A-Za-z0-9][A-Za-z0-9-]{0,30}[A-Za-z0-9]:[^\\s]+"),
        schema.get("$id").asText());
    assertEquals("uri", schema.at("/properties/sources/items/properties/url/format").asText(),
        "a source's url is a uri");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everySeedNamesTheSchemaForEditors(Path seed) throws IOException {
    String first = Files.readAllLines(seed).get(0);
    String prefix = "# yaml-language-server: $schema=";
    assertTrue(first.startsWith(prefix), seed + " starts with " + first);
    Path named = seed.getParent().resolve(first.substring(prefix.length())).normalize();
    assertTrue(Files.isSameFile(PUBLISHED, named), seed + " names " + named);
  }

  @Test
  void theSchemaRefusesWhatTheReaderRefuses() throws IOException {
    String valid = """
        format: haven/1
        id: us-zz-test/schema
        title: Test
        jurisdiction: {name: Town of Test, level: city}
        status: adopted
        clauses:
          - {id: c, kind: detainer-limit, modality: prohibition, actors: [police], text: x, requests: [detainer, x-hold]}
        """;
    assertEquals(Set.of(), SCHEMA.validate(tree(valid)));
    assertEquals(Optional.empty(), second(valid));
    for (String broken : List.of(valid.replace("requests:", "requets:"), valid.replace("detainer-limit", "detainer"),
        valid.replace("x-hold", "hold-request"), valid.replace("modality: prohibition, ", ""),
        valid.replace("level: city", "level: town"), valid.replace("actors: [police]", "actors: []"),
        valid.replace("format: haven/1", "format: haven/2"), valid.replace("status: adopted",
            "status: adopted\ndate: 2017-02"), valid.replace("status: adopted", "status: adopted\ndate: Feb 2017"))) {
      if (broken.contains("2017-02\n")) {
        assertEquals(Set.of(), SCHEMA.validate(tree(broken)), "a month is a date the format takes");
        continue;
      }
      assertFalse(SCHEMA.validate(tree(broken)).isEmpty(), broken);
      assertTrue(second(broken).isPresent(), "the second implementation refuses it too: " + broken);
    }
  }

  @Test
  void everyKindAndVocabularyValueIsInTheSchema() {
    String schema = FormatSchema.json();
    for (var kind : dev.haven.core.model.ClauseKind.values()) {
      assertTrue(schema.contains("\"clause-" + kind.wireName() + "\""), kind.wireName());
      kind.fields().forEach(f -> f.allowedValues().forEach(v -> assertTrue(schema.contains("\"" + v + "\""), v)));
    }
  }

  private static JsonNode tree(String yaml) {
    Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
    return JSON.valueToTree(data);
  }
}
