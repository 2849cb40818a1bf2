package dev.haven.importer.internal;

import dev.haven.core.model.ClauseKind;
import dev.haven.core.vocab.ProvisionType;
import dev.haven.importer.internal.RuleBook.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind's score on one text, best first, and the best type of general provision: each rule that matches adds
 * its weight to its kind once; a general provision's types score by their best rule.
 *
 * @param ranked the kinds that scored, best first; a general provision among them when a type scored
 * @param provision the general provision's score, if any type scored
 * @param provisionType that type
 */
record KindScores(List<Scored> ranked, Optional<Scored> provision, Optional<ProvisionType> provisionType) {

  /** A kind with its score and the rules that gave it. */
  record Scored(ClauseKind kind, int score, List<String> rules) {}

  Optional<Scored> best() {
    return ranked.isEmpty() ? Optional.empty() : Optional.of(ranked.get(0));
  }

  Optional<Scored> runnerUp() {
    return ranked.size() < 2 ? Optional.empty() : Optional.of(ranked.get(1));
  }

  /** How every kind's rules, and the general provisions' rules, score {@code words}. */
  static KindScores of(RuleBook rules, String words) {
    return of(rules, "", words);
  }

  /**
   * How the rules score {@code words} that go on from {@code before}, the lead-in of a list item: a kind's rule
   * counts where its match starts in the item's words, and may look back into the lead-in, which the item's
   * sentence goes on from ("Where the law requires arresting immigrants ..., the following protocols shall be
   * followed: (1) No arrests shall be made at the arrestee's home").
   */
  static KindScores of(RuleBook rules, String before, String words) {
    String lead = before.isEmpty() ? "" : RuleText.of(before) + " ";
    String text = lead + RuleText.of(words);
    RuleBook.Screen screen = rules.screen(text);
    List<Scored> ranked = new ArrayList<>();
    for (Map.Entry<ClauseKind, List<Rule>> kind : rules.kinds.entrySet()) {
      int score = 0;
      List<String> ids = new ArrayList<>();
      for (Rule r : kind.getValue()) {
        if (screen.find(r, lead.length()).isPresent()) {
          score += r.weight();
          ids.add(r.id());
        }
      }
      if (score > 0) {
        ranked.add(new Scored(kind.getKey(), score, ids));
      }
    }
    Optional<Scored> provision = Optional.empty();
    Optional<ProvisionType> type = Optional.empty();
    for (Map.Entry<ProvisionType, List<Rule>> t : rules.provisions.entrySet()) {
      int score = 0;
      List<String> ids = new ArrayList<>();
      for (Rule r : t.getValue()) {
        if (screen.find(r, lead.length()).isPresent()) {
          score = Math.max(score, r.weight());
          ids.add(t.getKey().wireName() + ":" + r.id());
        }
      }
      if (score > 0 && (provision.isEmpty() || score > provision.get().score())) {
        provision = Optional.of(new Scored(ClauseKind.GENERAL_PROVISION, score, ids));
        type = Optional.of(t.getKey());
      }
    }
    provision.ifPresent(ranked::add);
    // stable: equal scores keep the rule file's order of kinds, general provisions last
    ranked.sort(Comparator.comparingInt(Scored::score).reversed());
    return new KindScores(ranked, provision, type);
  }
}
