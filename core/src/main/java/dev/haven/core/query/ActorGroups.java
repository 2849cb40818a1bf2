package dev.haven.core.query;

import dev.haven.core.vocab.Level;
import dev.haven.core.vocab.StandardActor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which standard actors a clause binds when it names a group of them: a clause binding "every agency of the City"
 * binds the City's police. The groups are documented in {@code docs/format.md}; each inclusion holds at the
 * jurisdiction levels listed (a city's agencies include its police; a state law's "law enforcement agencies"
 * include every police department, sheriff and jail in the state).
 *
 * <p>A county's agencies do not include its sheriff: in most states the sheriff is elected and answers to no county
 * board, so a county law that binds the sheriff names the sheriff.
 */
public final class ActorGroups {

  private record Inclusion(StandardActor member, Optional<Level> level, String why) {}

  private static final Map<StandardActor, List<Inclusion>> DIRECT = new EnumMap<>(StandardActor.class);

  static {
    DIRECT.put(StandardActor.LAW_ENFORCEMENT, List.of(
        new Inclusion(StandardActor.POLICE, Optional.empty(), "law enforcement, which includes the police"),
        new Inclusion(StandardActor.SHERIFF, Optional.empty(), "law enforcement, which includes the sheriff"),
        new Inclusion(StandardActor.JAIL, Optional.empty(), "law enforcement, which includes the jail")));
    DIRECT.put(StandardActor.CITY, List.of(
        new Inclusion(StandardActor.CITY_OFFICIALS, Optional.of(Level.CITY), "the City, which includes its officials"),
        new Inclusion(StandardActor.CITY_AGENCIES, Optional.of(Level.CITY), "the City, which includes its agencies"),
        new Inclusion(StandardActor.CITY_EMPLOYEES, Optional.of(Level.CITY), "the City, which includes its employees"),
        new Inclusion(StandardActor.COUNCIL, Optional.of(Level.CITY), "the City, which includes its council")));
    DIRECT.put(StandardActor.CITY_AGENCIES, List.of(
        new Inclusion(StandardActor.POLICE, Optional.of(Level.CITY), "every agency of the City, which includes its police")));
    DIRECT.put(StandardActor.CITY_EMPLOYEES, List.of(
        new Inclusion(StandardActor.POLICE, Optional.of(Level.CITY),
            "the City's employees, who include its police officers")));
    DIRECT.put(StandardActor.CITY_OFFICIALS, List.of(
        new Inclusion(StandardActor.CITY_EMPLOYEES, Optional.of(Level.CITY),
            "the City's officials, a word that reaches the employees who act for it"),
        new Inclusion(StandardActor.POLICE, Optional.of(Level.CITY), "the City's officials, who include its police")));
    DIRECT.put(StandardActor.COUNTY, List.of(
        new Inclusion(StandardActor.COUNTY_AGENCIES, Optional.of(Level.COUNTY),
            "the County, which includes its agencies")));
  }

  private ActorGroups() {}

  /**
   * Every standard actor a clause binding {@code group} also binds, in a set of this level, each with why: the
   * first inclusion found on the way ("every agency of the City, which includes its police").
   *
   * @param group a standard actor
   * @param level the level of the set's jurisdiction
   * @return the members, nearest first; never {@code group} itself
   */
  public static Map<StandardActor, String> members(StandardActor group, Level level) {
    Map<StandardActor, String> out = new LinkedHashMap<>();
    Deque<StandardActor> todo = new ArrayDeque<>(List.of(group));
    Map<StandardActor, String> via = new EnumMap<>(StandardActor.class);
    while (!todo.isEmpty()) {
      StandardActor g = todo.removeFirst();
      for (Inclusion i : DIRECT.getOrDefault(g, List.of())) {
        if (i.level().filter(l -> l != level).isPresent() || i.member() == group || out.containsKey(i.member())) {
          continue;
        }
        String why = via.containsKey(g) ? via.get(g) + "; " + i.why() : i.why();
        out.put(i.member(), why);
        via.put(i.member(), why);
        todo.addLast(i.member());
      }
    }
    return out;
  }
}
