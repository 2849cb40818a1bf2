package dev.haven.core.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.LoadResult;
import dev.haven.core.io.Syntax;
import dev.haven.core.lint.Finding;
import dev.haven.core.lint.Linter;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Placeholder;
import dev.haven.core.vocab.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled template, adapted as a city would: every parameter given. */
class SafeHavenTemplateTest {

  private static final Path TEMPLATE = Path.of("..", "seeds", "templates", "safe-haven-resolution.yaml");

  @Test
  void adaptingWithEveryParameterGivesAValidSetThatLintsCleanButForTheDocumentedWarning() {
    LoadResult template = new ClauseSetReader().read(TEMPLATE);
    assertEquals(List.of(), template.problems());
    List<ParameterValue> values = template.clauseSet().params().keySet().stream()
        .map(name -> ParameterValue.fromOption("--set", name, name.equals("state") ? "OR" : "Riverton " + name))
        .toList();
    AdaptResult result = new TemplateAdapter().adapt(template,
        new TemplateAdapter.Request(values, List.of(), Optional.empty()));
    assertEquals(List.of(), result.problems());
    ClauseSet adapted = result.set().orElseThrow();
    assertEquals(Status.DRAFT, adapted.status());
    assertEquals("us-or-riverton-city/safe-haven-resolution", adapted.id());

    String yaml = new ClauseSetWriter().toYaml(adapted);
    assertTrue(Placeholder.in(yaml).isEmpty(), "no placeholder is left");
    LoadResult reread = new ClauseSetReader().read("adapted.yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), reread.problems());

    // docs/adapt.md explains HV001: Madison's status clause has no savings provision for 8 U.S.C. § 1373.
    List<String> findings = new Linter().lint(reread).stream().map(f -> f.rule() + " " + f.clause().orElse("-"))
        .toList();
    assertEquals(List.of("HV001 status-non-inquiry"), findings);

    // ... and the savings provision docs/adapt.md gives makes lint clean.
    String saved = yaml.stripTrailing() + "\n" + SAVINGS;
    List<Finding> after = new Linter().lint(new ClauseSetReader().read("saved.yaml", saved, Syntax.YAML));
    assertEquals(List.of(), after, after.toString());
  }

  /** The savings provision of docs/adapt.md, as a city would paste it under {@code clauses:}. */
  private static final String SAVINGS = """
        - id: federal-status-information
          kind: general-provision
          provision: savings
          actors: [council]
          text: >-
            Nothing in this resolution prohibits or restricts any official from sending to, or receiving from,
            federal immigration authorities information regarding the citizenship or immigration status of an
            individual, as 8 U.S.C. §§ 1373 and 1644 provide.
      """;

  @Test
  void theTemplateDeclaresEveryParameterItUsesAndUsesEveryOneItDeclares() {
    List<Finding> findings = new Linter().lint(new ClauseSetReader().read(TEMPLATE));
    assertTrue(findings.stream().noneMatch(f -> f.rule().equals("HV006") || f.rule().equals("HV007")),
        findings.toString());
  }
}
