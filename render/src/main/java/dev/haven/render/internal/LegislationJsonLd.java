package dev.haven.render.internal;

import dev.haven.core.model.ClauseSet;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** schema.org {@code Legislation} metadata for a set, as JSON-LD for an HTML page's head. */
public final class LegislationJsonLd {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private LegislationJsonLd() {}

  /**
   * The JSON-LD object. Every {@code <}, {@code >} and {@code &} is written as a Unicode escape (they can occur
   * only inside JSON strings, where the escape means the same), so no text can close the script element.
   */
  public static String of(ClauseSet set, Wording words) {
    Map<String, Object> ld = new LinkedHashMap<>();
    ld.put("@context", "https://schema.org");
    ld.put("@type", "Legislation");
    ld.put("name", set.title());
    ld.put("legislationIdentifier", set.id());
    ld.put("legislationJurisdiction", words.place());
    ld.put("legislationType", words.typeLabel());
    set.date().ifPresent(d -> ld.put("legislationDate", d.toString()));
    set.body().ifPresent(b -> {
      Map<String, Object> body = new LinkedHashMap<>(); // ordered, so the page is the same on every run
      body.put("@type", "Organization");
      body.put("name", b);
      ld.put("legislationPassedBy", body);
    });
    ld.put("legislationLegalForce", "https://schema.org/" + Wording.legalForce(set));
    ld.put("inLanguage", "en");
    String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ld);
    return "\n" + json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n";
  }
}
