package dev.haven.core.schema;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.vocab.ConditionType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.LegislationType;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabularies;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schema (draft 2020-12) of clause-set format {@value ClauseSet#FORMAT}, made from the model itself: the
 * kinds, their own fields and every vocabulary come from {@link ClauseKind}, {@link FieldSpec} and the vocabulary
 * enums, so the schema cannot drift from what the reader accepts. Editors use it to complete and check files as
 * they are typed; the reader remains the authority (it also checks what a schema cannot: that actors are declared,
 * that clause ids are unique, that sources cited exist).
 *
 * <pre>{@code
 * Files.writeString(Path.of("haven-1.schema.json"), FormatSchema.json());
 * }</pre>
 */
public final class FormatSchema {

  /** The schema's {@code $id}. */
  public static final String ID = "urn:haven:schema:haven-1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String EXTENSION = "^x-[a-z0-9][a-z0-9.-]*$";
  private static final String KEY = "^[a-z0-9][a-z0-9-]*$";
  /** A template's placeholder, which the reader accepts in a template's state and country. */
  private static final String PLACEHOLDER = "\\$\\{[A-Za-z][A-Za-z0-9_-]*\\}";

  private FormatSchema() {}

  /** {@return the schema as indented JSON, ending with a newline} */
  public static String json() {
    return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
        .writeValueAsString(schema()) + "\n";
  }

  static ObjectNode schema() {
    ObjectNode root = NODES.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", ID);
    root.put("title", "Haven clause set, format " + ClauseSet.FORMAT);
    root.put("description", "Safe-haven legislation as typed clauses. See docs/format.md.");
    root.put("type", "object");
    ObjectNode p = root.putObject("properties");
    p.putObject("format").put("const", ClauseSet.FORMAT);
    p.set("id", string("lowercase letters, digits, '-', '/' and '.'").put("pattern", "^[a-z0-9][a-z0-9./-]*$"));
    p.set("title", text("the title of the legislation"));
    p.set("jurisdiction", jurisdiction());
    p.set("type", vocabulary(LegislationType.class, false));
    p.set("body", text("who enacted or issued it"));
    p.set("status", vocabulary(Status.class, false));
    p.set("date", partialDate("the date of adoption or issue: YYYY-MM-DD (2017-02-07); YYYY-MM or YYYY when the"
        + " sources give no day; FROM/TO when they only bound it"));
    p.set("effective", partialDate("the first day in force, when later than 'date', in the same forms"));
    p.set("ended", partialDate("the day it stopped being in force: repealed, superseded or expired, in the same"
        + " forms"));
    p.set("supersedes", array(string("the id of a set this one replaces").put("pattern", "^[a-z0-9][a-z0-9./-]*$"),
        0));
    p.set("amends", array(string("the id of a set this one changes").put("pattern", "^[a-z0-9][a-z0-9./-]*$"), 0));
    p.set("superseded-by", string("the id of the set that replaced this one").put("pattern", "^[a-z0-9][a-z0-9./-]*$"));
    p.set("number", text("the enactment or file number the body gave it, e.g. RES-17-00125"));
    p.set("sponsors", array(text("a sponsor, as the legislative record names them"), 0));
    p.set("attestation", object("the block that attests adoption and carries the signature lines", List.of(),
        field("text", text("the attesting sentence")),
        field("signatures", array(object("a signature line", List.of("title"), field("title", text("the office")),
            field("name", text("the person, when named"))), 0))));
    p.set("params", map(object("a template's parameter", List.of(), field("description", text(null)),
        field("default", string(null)))));
    p.set("parties", map(object("a defined actor", List.of("name"), field("name", text(null)),
        field("kind", vocabulary(StandardActor.class, false)))));
    p.set("sources", array(object("a source document", List.of("id", "title"), field("id", key()),
        field("title", text(null)), field("publisher", text(null)),
        field("url", string("where to read it: an absolute URI").put("format", "uri")),
        field("date", string(null).put("format", "date")),
        field("notes", text("why the source has no URL, which parts are verbatim; never rendered as law"))), 0));
    p.set("notes", text("notes for editors, never rendered as law"));
    p.set("recitals", array(text("a WHEREAS clause"), 0));
    p.set("clauses", array(NODES.objectNode().put("$ref", "#/$defs/clause"), 1));
    strict(root);
    root.set("required", strings(List.of("format", "id", "title", "jurisdiction", "status", "clauses")));
    root.set("$defs", definitions());
    return root;
  }

  private static ObjectNode definitions() {
    ObjectNode defs = NODES.objectNode();
    ArrayNode kinds = NODES.arrayNode();
    for (ClauseKind kind : ClauseKind.values()) {
      String name = "clause-" + kind.wireName();
      defs.set(name, clause(kind));
      kinds.addObject().put("$ref", "#/$defs/" + name);
    }
    ObjectNode clause = defs.putObject("clause");
    clause.put("description", "one rule; its kind says which own fields it has");
    clause.set("oneOf", kinds);
    defs.set("exception", object("a ground on which the clause gives way", List.of("ground"),
        field("ground", vocabulary(ExceptionGround.class, true)), field("text", text(null))));
    defs.set("condition", object("what must hold before acting", List.of("type"),
        field("type", vocabulary(ConditionType.class, false)), field("by", key()), field("text", text(null))));
    defs.set("source-ref", object("where in a source the clause is", List.of("document"),
        field("document", key()), field("locator", text(null)), field("quote", text(null))));
    return defs;
  }

  private static ObjectNode clause(ClauseKind kind) {
    List<String> required = new ArrayList<>(List.of("id", "kind", "actors", "text"));
    if (kind.requiresModality()) {
      required.add("modality");
    }
    List<ObjectNode[]> fields = new ArrayList<>();
    fields.add(field("id", key()));
    fields.add(field("kind", NODES.objectNode().put("const", kind.wireName())));
    fields.add(field("title", text(null)));
    fields.add(field("modality", vocabulary(Modality.class, false)));
    fields.add(field("actors", array(key().put("description", "a standard actor ("
        + String.join(", ", Vocabularies.wireNames(StandardActor.class)) + ") or a party key"), 1)));
    fields.add(field("text", text("the operative text, verbatim where a source has it")));
    fields.add(field("exceptions", array(NODES.objectNode().put("$ref", "#/$defs/exception"), 0)));
    fields.add(field("conditions", array(NODES.objectNode().put("$ref", "#/$defs/condition"), 0)));
    fields.add(field("source", NODES.objectNode().put("$ref", "#/$defs/source-ref")));
    fields.add(field("notes", text(null)));
    fields.add(field("effective", partialDate("the first day this clause was in force, when later than its set's:"
        + " YYYY-MM-DD; YYYY-MM or YYYY when the source gives no day; FROM/TO when it only bounds the day")));
    fields.add(field("ended", partialDate("the first day this clause was no longer in force, when earlier than its"
        + " set's end: YYYY-MM-DD; YYYY-MM or YYYY when the source gives no day; FROM/TO when it only bounds the"
        + " day")));
    for (FieldSpec f : kind.fields()) {
      fields.add(field(f.name(), own(f)));
    }
    ObjectNode schema = object(kind.description(), required, fields.toArray(ObjectNode[][]::new));
    return schema;
  }

  private static ObjectNode own(FieldSpec f) {
    ObjectNode value = switch (f.valueType()) {
      case VOCABULARY -> {
        ObjectNode v = NODES.objectNode();
        ArrayNode any = v.putArray("anyOf");
        any.addObject().set("enum", strings(f.allowedValues()));
        any.addObject().put("type", "string").put("pattern", EXTENSION);
        yield v;
      }
      case ACTOR -> key();
      case TEXT -> text(null);
      case DEFINED_TERMS -> object("a defined term", List.of("term", "text"), field("term", text(null)),
          field("text", text(null)));
    };
    return f.isList() ? array(value, 0) : value;
  }

  private static ObjectNode jurisdiction() {
    return object("where the legislation applies", List.of("name", "level"), field("name", text(null)),
        field("level", vocabulary(Level.class, false)),
        field("state", string(null).put("pattern", "^([A-Z0-9]{1,3}|[A-Z]{2}-[A-Z0-9]{1,3}|" + PLACEHOLDER + ")$")),
        field("country", string(null).put("pattern", "^([A-Z]{2}|" + PLACEHOLDER + ")$")));
  }

  private static <E extends Enum<E> & Vocabulary> ObjectNode vocabulary(Class<E> type, boolean extensible) {
    ObjectNode enumeration = NODES.objectNode();
    enumeration.set("enum", strings(Vocabularies.wireNames(type)));
    if (!extensible) {
      return enumeration;
    }
    ObjectNode v = NODES.objectNode();
    ArrayNode any = v.putArray("anyOf");
    any.add(enumeration);
    any.addObject().put("type", "string").put("pattern", EXTENSION);
    return v;
  }

  private static ObjectNode object(String description, List<String> required, ObjectNode[]... fields) {
    ObjectNode o = NODES.objectNode();
    o.put("type", "object");
    if (description != null) {
      o.put("description", description);
    }
    ObjectNode properties = o.putObject("properties");
    for (ObjectNode[] f : fields) {
      properties.set(f[0].get("name").asString(), f[1]);
    }
    if (!required.isEmpty()) {
      o.set("required", strings(required));
    }
    strict(o);
    return o;
  }

  /** Only the listed fields and x- extensions, as the reader allows. */
  private static void strict(ObjectNode o) {
    o.putObject("patternProperties").putObject(EXTENSION);
    o.put("additionalProperties", false);
  }

  private static ObjectNode[] field(String name, ObjectNode schema) {
    return new ObjectNode[] {NODES.objectNode().put("name", name), schema};
  }

  private static ObjectNode map(ObjectNode values) {
    ObjectNode o = NODES.objectNode();
    o.put("type", "object");
    o.putObject("propertyNames").put("pattern", KEY);
    o.set("additionalProperties", values);
    return o;
  }

  private static ObjectNode array(ObjectNode items, int minItems) {
    ObjectNode a = NODES.objectNode();
    a.put("type", "array");
    a.set("items", items);
    if (minItems > 0) {
      a.put("minItems", minItems);
    }
    return a;
  }

  private static ObjectNode key() {
    return string(null).put("pattern", KEY);
  }

  private static ObjectNode partialDate(String description) {
    String date = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
    return string(description).put("pattern", "^" + date + "(/" + date + ")?$");
  }

  private static ObjectNode text(String description) {
    return string(description).put("minLength", 1);
  }

  private static ObjectNode string(String description) {
    ObjectNode s = NODES.objectNode().put("type", "string");
    if (description != null) {
      s.put("description", description);
    }
    return s;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode a = NODES.arrayNode();
    values.forEach(a::add);
    return a;
  }
}
