package dev.haven.bench;

import dev.haven.core.model.ActorKey;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseCore;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.CommunicationLimit;
import dev.haven.core.model.CooperationCondition;
import dev.haven.core.model.DetainerLimit;
import dev.haven.core.model.DetentionLimit;
import dev.haven.core.model.Exemption;
import dev.haven.core.model.Extensions;
import dev.haven.core.model.Jurisdiction;
import dev.haven.core.model.ServiceNonDenial;
import dev.haven.core.model.SpendingRestriction;
import dev.haven.core.model.StatusNonInquiry;
import dev.haven.core.model.Term;
import dev.haven.core.vocab.DetainerRequest;
import dev.haven.core.vocab.DetentionAct;
import dev.haven.core.vocab.DetentionBasis;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Information;
import dev.haven.core.vocab.InquiryAct;
import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Purpose;
import dev.haven.core.vocab.Resource;
import dev.haven.core.vocab.Service;
import dev.haven.core.vocab.ServiceBasis;
import dev.haven.core.vocab.StandardActor;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic but valid clause sets for benchmarks: the same seed gives the same set. Clauses cycle through the
 * common kinds, bind one or two standard actors, and carry vocabulary values, exceptions and a sentence of text
 * drawn from legislative words, so that matching and comparing do real work.
 */
public final class SyntheticSets {

  private static final String[] WORDS = ("shall not inquire disclose detain arrest person immigration status city "
      + "officer agency federal authorities request warrant judge felony unless required law services benefits "
      + "funds personnel records release date custody jail sheriff police council resident public safety").split(" ");
  private static final StandardActor[] ACTORS = {StandardActor.CITY, StandardActor.CITY_OFFICIALS,
      StandardActor.CITY_AGENCIES, StandardActor.POLICE, StandardActor.SHERIFF, StandardActor.JAIL};
  /** The actors of clauses that {@link #mutate} adds; disjoint from {@link #ACTORS}. */
  private static final StandardActor[] ADDED_ACTORS = {StandardActor.COUNTY, StandardActor.COUNTY_AGENCIES,
      StandardActor.STATE_AGENCIES, StandardActor.SCHOOLS};

  private SyntheticSets() {}

  /** A set of {@code clauses} clauses. */
  public static ClauseSet generate(int clauses, long seed) {
    Random random = new Random(seed);
    List<Clause> list = new ArrayList<>(clauses);
    for (int i = 0; i < clauses; i++) {
      list.add(clause("c-" + i, i, random, ACTORS));
    }
    return set("us-zz-synthetic/set-" + seed, list);
  }

  /**
   * A later version of {@code base}: about 5% of clauses removed, 10% modified (exceptions, scope or wording),
   * 2% renamed, 1% renamed and reworded, and 5% new ones added, as an amended ordinance would be.
   *
   * <p>The new clauses bind actors that {@link #generate} never uses, so that they stay "added" at every size.
   * Were they drawn from the same few kinds and actors as the rest, the chance that one finds a removed clause of
   * its kind and actors, and is paired with it as "modified", would rise with the set's size (from 15% of clauses
   * modified at 1,000 to 17% at 100,000): the larger diffs would do more work per clause, and a benchmark of how
   * time grows with size would measure the change in the data along with the algorithm.
   */
  public static ClauseSet mutate(ClauseSet base, long seed) {
    Random random = new Random(seed);
    List<Clause> out = new ArrayList<>(base.clauses().size());
    int next = base.clauses().size();
    for (Clause c : base.clauses()) {
      double roll = random.nextDouble();
      if (roll < 0.05) {
        continue;
      } else if (roll < 0.15) {
        out.add(modify(c, random));
      } else if (roll < 0.17) {
        out.add(c.withCore(rename(c.core(), c.id() + "-r")));
      } else if (roll < 0.18) {
        Clause reworded = c.withCore(c.core().withText(c.text() + " " + sentence(random, 3)));
        out.add(reworded.withCore(rename(reworded.core(), c.id() + "-rw")));
      } else {
        out.add(c);
      }
      if (random.nextDouble() < 0.05) {
        out.add(clause("n-" + next, next++, random, ADDED_ACTORS));
      }
    }
    return set(base.id() + "-amended", out);
  }

  private static ClauseSet set(String id, List<Clause> clauses) {
    return new ClauseSet(id, "Synthetic clause set " + id,
        new Jurisdiction("Synthetic City " + id.hashCode(), Level.CITY, Optional.of("ZZ"), "US", Extensions.NONE),
        Optional.empty(), Optional.empty(), Status.ADOPTED, Optional.empty(), Map.of(), Map.of(), List.of(),
        Optional.empty(), List.of(), clauses, Extensions.NONE);
  }

  private static Clause clause(String id, int i, Random random, StandardActor[] pool) {
    List<ActorKey> actors = new ArrayList<>();
    actors.add(ActorKey.of(pool[random.nextInt(pool.length)]));
    if (random.nextBoolean()) {
      StandardActor second = pool[random.nextInt(pool.length)];
      if (!actors.contains(ActorKey.of(second))) {
        actors.add(ActorKey.of(second));
      }
    }
    List<Exemption> exceptions = random.nextInt(3) == 0
        ? List.of(Exemption.of(pick(ExceptionGround.values(), random), "unless " + sentence(random, 4)))
        : List.of();
    ClauseCore core = ClauseCore.of(id, Modality.PROHIBITION, actors, sentence(random, 12 + random.nextInt(20)))
        .withExceptions(exceptions);
    return switch (i % 7) {
      case 0 -> new StatusNonInquiry(core, terms(InquiryAct.values(), random), List.of(), List.of());
      case 1 -> new CommunicationLimit(core, terms(Information.values(), random));
      case 2 -> new SpendingRestriction(core, terms(Resource.values(), random), terms(Purpose.values(), random));
      case 3 -> new ServiceNonDenial(core, terms(Service.values(), random), terms(ServiceBasis.values(), random));
      case 4 -> new DetentionLimit(core, terms(DetentionAct.values(), random), terms(DetentionBasis.values(), random));
      case 5 -> new DetainerLimit(core, terms(DetainerRequest.values(), random));
      default -> new CooperationCondition(core.withExceptions(List.of()).withModality(Modality.PERMISSION),
          terms(ExceptionGround.values(), random));
    };
  }

  private static Clause modify(Clause c, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> c.withCore(c.core().withExceptions(List.of(Exemption.of(pick(ExceptionGround.values(), random),
          "unless " + sentence(random, 3)))));
      case 1 -> c.withCore(c.core().withText(c.text() + " " + sentence(random, 3)));
      default -> c.withCore(c.core().withText(sentence(random, 10)));
    };
  }

  private static ClauseCore rename(ClauseCore core, String id) {
    return new ClauseCore(id, core.modality(), core.actors(), core.text(), core.title(), core.exceptions(),
        core.conditions(), core.source(), core.notes(), core.extensions());
  }

  private static <E extends Enum<E> & Vocabulary> List<Term<E>> terms(E[] values, Random random) {
    List<Term<E>> out = new ArrayList<>();
    for (E v : values) {
      if (random.nextInt(3) == 0) {
        out.add(Term.of(v));
      }
    }
    return out;
  }

  private static <T> T pick(T[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  private static String sentence(Random random, int words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return sb.append('.').toString();
  }
}
