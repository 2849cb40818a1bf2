package dev.haven.render.data;

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

  /**
   * One file's findings.
   *
   * @param file the file as the user named it
   * @param set the id of the set it holds
   * @param findings what lint found in it
   */
  public record FileFindings(String file, String set, List<Finding> findings) {}

  private LintJson() {}

  /**
   * The findings in the JSON shape {@code docs/cli.md} gives for {@code haven lint --format json}.
   *
   * @param files each file's findings, in the order read
   * @return ordered maps and lists, ready for {@link DataWriters#json}
   */
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
