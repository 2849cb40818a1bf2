package dev.haven.cli.output;

import dev.haven.core.lint.Finding;
import dev.haven.core.lint.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lint findings as plain data for {@code haven lint --format json}: {@code {"findings": [...], "summary": {...}}},
 * each finding with its file, line, column, rule, severity, set, clause (when there is one), message and the
 * place in docs/lint.md that explains the rule.
 */
public final class LintJson {

  /** One file's findings. */
  public record FileFindings(String file, String set, List<Finding> findings) {}

  private LintJson() {}

  public static Map<String, Object> of(List<FileFindings> files) {
    List<Map<String, Object>> findings = new ArrayList<>();
    int warnings = 0;
    int infos = 0;
    for (FileFindings file : files) {
      for (Finding f : file.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.file());
        m.put("line", f.position().line());
        m.put("column", f.position().column());
        m.put("rule", f.rule());
        m.put("severity", f.severity().wireName());
        m.put("set", file.set());
        f.clause().ifPresent(c -> m.put("clause", c));
        m.put("pointer", f.pointer());
        m.put("message", f.message());
        m.put("help", "docs/lint.md#" + f.rule().toLowerCase(Locale.ROOT));
        findings.add(m);
        if (f.severity() == Severity.WARNING) {
          warnings++;
        } else {
          infos++;
        }
      }
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("files", files.size());
    summary.put("warnings", warnings);
    summary.put("info", infos);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("findings", findings);
    m.put("summary", summary);
    return m;
  }
}
