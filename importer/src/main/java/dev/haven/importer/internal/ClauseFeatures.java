package dev.haven.importer.internal;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the learned classifiers read of a drafted clause: its words and word pairs, the words of its lead-in and its
 * section's heading, whether it is a list item or a RESOLVED clause, and the rules' reading of it (every kind and
 * modality rule that fired, and the kind and modality the rules chose). The rules are features here, not
 * verdicts: the classifier learns how far to trust each.
 */
public final class ClauseFeatures {

  private ClauseFeatures() {}

  /** The features of {@code d}, sorted, each once. */
  public static List<String> of(DraftClause d) {
    TreeSet<String> out = new TreeSet<>();
    String[] words = words(d.text());
    String previous = "^";
    for (String w : words) {
      out.add("w:" + w);
      out.add("b:" + previous + "_" + w);
      previous = w;
    }
    List<String> leadIns = d.provision().leadIns();
    if (!leadIns.isEmpty()) {
      out.add("has-lead-in");
      for (String w : words(leadIns.get(leadIns.size() - 1))) {
        out.add("lead:" + w);
      }
    }
    for (String w : words(d.provision().heading())) {
      out.add("head:" + w);
    }
    if (d.provision().listItem()) {
      out.add("list-item");
    }
    if (d.provision().resolved()) {
      out.add("resolved");
    }
    for (String rule : d.fired().getOrDefault("kind", List.of())) {
      out.add("rule:" + rule);
    }
    for (String rule : d.fired().getOrDefault("modality", List.of())) {
      out.add("modal-rule:" + rule.replace(" (in the lead-in)", ""));
    }
    out.add("rules-kind:" + d.kind().wireName());
    out.add("rules-modality:" + d.modality().map(m -> m.wireName()).orElse("none"));
    out.add("length:" + Math.min(words.length / 10, 5));
    return List.copyOf(out);
  }

  private static String[] words(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.isBlank() ? new String[0] : lower.replaceAll("[^\\p{L}\\p{N}']+", " ").strip().split(" ");
  }
}
