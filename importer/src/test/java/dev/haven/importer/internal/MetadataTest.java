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

  @Test
  void aStatesCompiledStatutesNameTheState() {
    Metadata.Place p = place("Missouri Revised Statutes", "67.307. 1. As used in this section ...");
    assertEquals("State of Missouri", p.name());
    assertEquals(Level.STATE, p.level());
    assertEquals(Optional.of("NC"), place("North Carolina General Statutes", "No county may ...").state());
  }

  @Test
  void aNameEndsBeforeAVerbAndWordsAfterAnArticleNameNoOne() {
    assertEquals("City of Fort Collins", place("ORDINANCE NO. 119 OF THE CITY OF FORT COLLINS AMENDING CHAPTER 2",
        "").name());
    assertEquals("City of Fort Collins", place("An Ordinance of the City of Fort Collins Amending Chapter 2", "")
        .name());
    assertEquals("Lancaster School District", place("Recognition of a Safe Haven School District",
        "WHEREAS, the Lancaster School District is committed to all students;").name());
  }
}
