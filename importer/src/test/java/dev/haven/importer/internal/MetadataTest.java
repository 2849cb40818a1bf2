package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.haven.core.vocab.Level;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataTest {

  private static Metadata.Place place(String title, String text) {
    return Metadata.place(Optional.empty(), Map.of(), title, text).orElseThrow();
  }

  @Test
  void aTitleInCapitalsNamesTheCityAndItsState() {
    Metadata.Place p = place("AN ORDINANCE OF THE CITY OF RIVERTON, OREGON",
        "Section 1. Detainers. The Riverton Police Department shall not honor a detainer.");
    assertEquals("City of Riverton", p.name());
    assertEquals(Level.CITY, p.level());
    assertEquals(Optional.of("OR"), p.state());
  }

  @Test
  void anAgencysNameDoesNotReachBackIntoTheSentenceBefore() {
    Metadata.Place p = place("Immigration", "Detainers. The Riverton Police Department shall not honor a detainer.");
    assertEquals("Riverton Police Department", p.name());
    assertEquals(Optional.of("police"), Metadata.agencyActor(p));
  }

  @Test
  void aSchoolDistrictIsAnAgencyWhoseRulesBindItsSchools() {
    Metadata.Place p = place("Board Policy 5145", "Springfield School District No. 19 adopts this policy.");
    assertEquals("Springfield School District No. 19", p.name());
    assertEquals(Level.AGENCY, p.level());
    assertEquals(Optional.of("schools"), Metadata.agencyActor(p));
    assertEquals(Level.AGENCY, Metadata.levelOf("Montgomery County Public Schools"));
  }
}
