package dev.haven.core.lint;

import dev.haven.core.io.SourceMap;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.Placeholder;
import java.util.HashSet;
import java.util.Set;

/** HV007: a template declares a parameter that no placeholder uses, so a city's value for it would be lost. */
final class UnusedParameterRule extends DescribedRule {

  UnusedParameterRule() {
    super("HV007", Severity.WARNING,
        "a template parameter is declared but never used");
  }

  @Override
  public void check(ClauseSet set, Reporter reporter) {
    Set<String> used = new HashSet<>();
    TextValues.each(set, (pointer, text) -> {
      if (!pointer.startsWith("/params/")) {
        Placeholder.in(text).forEach(p -> used.add(p.name()));
      }
    });
    set.params().keySet().stream().filter(name -> !used.contains(name)).forEach(name -> reporter.report(
        "/params/" + SourceMap.segment(name), "parameter '" + name + "' is declared but no placeholder uses it; "
            + "use ${" + name + "} in the text or remove the parameter"));
  }
}
