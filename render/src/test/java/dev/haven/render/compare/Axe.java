package dev.haven.render.compare;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the accessibility engine behind Deque's and Google's checkers) in the page a browser shows, and
 * returns its violations as "rule-id: help (n nodes)". The script comes from the classpath copy that Deque's
 * axe-core Selenium jar bundles; it is injected through the driver, not through the page, so the page's CSP holds.
 */
final class Axe {

  private static final String SCRIPT = load();

  private Axe() {}

  static List<String> violations(WebDriver browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(SCRIPT);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> found = (List<Map<String, Object>>) js.executeAsyncScript(
        "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
            + "  done(r.violations.map(function (v) {"
            + "    return {id: v.id, help: v.help, nodes: v.nodes.length,"
            + "            target: v.nodes.length ? String(v.nodes[0].target) : ''}; }));"
            + "}, function (e) { done([{id: 'axe-error', help: String(e), nodes: 0, target: ''}]); });");
    List<String> out = new ArrayList<>();
    for (Map<String, Object> v : found) {
      out.add(v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes, first " + v.get("target") + ")");
    }
    return out;
  }

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe.min.js is not on the classpath (com.deque.html.axe-core:selenium)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
