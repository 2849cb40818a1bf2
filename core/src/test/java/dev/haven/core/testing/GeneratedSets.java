package dev.haven.core.testing;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.FieldSpec;
import dev.haven.core.vocab.ConditionType;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Valid clause sets for property tests: every kind, every own field filled from its vocabulary (or an x- value),
 * exceptions, conditions and parties, with text that holds markup, quotes and letters of many scripts. A set is
 * built as a document and read through the reader, so what is generated is what a file could hold.
 */
public final class GeneratedSets {

  private static final List<String> ACTORS = Arrays.stream(StandardActor.values()).map(Vocabulary::wireName)
      .toList();

  private GeneratedSets() {}

  /** Text as people and attackers write it, without '$' (placeholders are for templates only). */
  public static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789 ,.;:!?()[]{}<>&\"'`*_#|~=+-/\\@%\n\téßñ中文ДЖ🙂")
        .ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank());
  }

  public static Arbitrary<ClauseSet> sets() {
    Arbitrary<List<Map<String, Object>>> clauses = clause().list().ofMinSize(1).ofMaxSize(8);
    return Combinators.combine(text(), text(), Arbitraries.of(Status.ADOPTED, Status.DRAFT, Status.REPEALED),
        text().list().ofMaxSize(3), clauses).as(GeneratedSets::set);
  }

  private static ClauseSet set(String title, String place, Status status, List<String> recitals,
      List<Map<String, Object>> clauses) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", "haven/1");
    root.put("id", "us-zz-generated/set");
    root.put("title", title);
    root.put("jurisdiction", Map.of("name", place, "level", "city", "state", "ZZ"));
    root.put("status", status.wireName());
    root.put("parties", Map.of("pd", Map.of("name", "Generated Police Department", "kind", "police")));
    root.put("sources", List.of(Map.of("id", "src", "title", title, "url", "https://example.org/" + title.length())));
    if (!recitals.isEmpty()) {
      root.put("recitals", recitals);
    }
    List<Map<String, Object>> numbered = new ArrayList<>();
    for (int i = 0; i < clauses.size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>(clauses.get(i));
      c.put("id", "c" + i);
      numbered.add(c);
    }
    root.put("clauses", numbered);
    String json = JsonMapper.builder().build().writeValueAsString(root);
    LoadResult result = new ClauseSetReader().read("generated.json", json, Syntax.JSON);
    if (!result.isValid()) {
      throw new IllegalStateException("the generator made an invalid set: " + result.problems() + "\n" + json);
    }
    return result.clauseSet();
  }

  private static Arbitrary<Map<String, Object>> clause() {
    return Combinators.combine(Arbitraries.of(ClauseKind.values()), Arbitraries.of(Modality.values()),
        Arbitraries.of(ACTORS).list().ofMinSize(1).ofMaxSize(3).uniqueElements(), text(),
        exception().list().ofMaxSize(3), Arbitraries.longs(), text())
        .as((kind, modality, actors, body, exceptions, seed, note) -> {
          Map<String, Object> c = new LinkedHashMap<>();
          c.put("kind", kind.wireName());
          c.put("modality", modality.wireName());
          List<String> who = new ArrayList<>(actors);
          if (seed % 3 == 0) {
            who.add("pd");
          }
          c.put("actors", who);
          c.put("text", body);
          if (!exceptions.isEmpty()) {
            c.put("exceptions", exceptions);
          }
          if (seed % 4 == 0) {
            c.put("conditions", List.of(Map.of("type", ConditionType.APPROVAL.wireName(), "by", "police",
                "text", note)));
          }
          if (seed % 5 == 0) {
            c.put("source", Map.of("document", "src", "locator", note));
          }
          if (seed % 2 == 0) {
            c.put("notes", note);
          }
          ownFields(kind, seed, note, c);
          return c;
        });
  }

  private static void ownFields(ClauseKind kind, long seed, String words, Map<String, Object> c) {
    int shift = 0;
    for (FieldSpec f : kind.fields()) {
      long bits = seed >>> (shift++ * 8);
      switch (f.valueType()) {
        case VOCABULARY -> {
          List<String> allowed = f.allowedValues();
          List<String> chosen = new ArrayList<>();
          for (int i = 0; i < allowed.size(); i++) {
            if ((bits >>> i & 1) == 1) {
              chosen.add(allowed.get(i));
            }
          }
          if ((bits & 0x80) != 0) {
            chosen.add("x-generated");
          }
          if (!chosen.isEmpty()) {
            c.put(f.name(), f.isList() ? chosen : chosen.get(0));
          }
        }
        case ACTOR -> c.put(f.name(), ACTORS.get((int) Math.floorMod(bits, ACTORS.size())));
        case TEXT -> c.put(f.name(), List.of(words));
        case DEFINED_TERMS -> c.put(f.name(), List.of(Map.of("term", words, "text", words)));
      }
    }
  }

  private static Arbitrary<Map<String, Object>> exception() {
    return Combinators.combine(Arbitraries.of(ExceptionGround.values()), text())
        .as((ground, words) -> Map.of("ground", ground.wireName(), "text", words));
  }
}
