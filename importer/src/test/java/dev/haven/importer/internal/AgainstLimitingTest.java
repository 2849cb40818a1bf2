package dev.haven.importer.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgainstLimitingTest {

  private static boolean forbidsLimiting(String subject, String governed) {
    return AgainstLimiting.forbidsLimiting(subject, governed, governed);
  }

  @Test
  void forbiddingALimitOnEnforcementIsAgainstLimiting() {
    assertTrue(forbidsLimiting("No county ", " prohibit law enforcement officials from gathering information about "
        + "immigration status."));
    assertTrue(forbidsLimiting("A local entity ", " adopt, enforce, or endorse a policy under which the entity "
        + "prohibits or materially limits the enforcement of immigration laws;"));
    assertTrue(forbidsLimiting("No municipality ", " enact or adopt any sanctuary policy."));
    assertTrue(forbidsLimiting("No county ", " direct officers not to gather information on citizenship status."));
  }

  @Test
  void aLimitForbiddenInThePassiveOrOnStateLawAboutImmigrationIsAgainstLimiting() {
    assertTrue(forbidsLimiting("No State or local government entity ", " be prohibited, or in any way restricted, "
        + "from sending to or receiving from federal authorities information regarding the immigration status of "
        + "an alien."));
    assertTrue(forbidsLimiting("A political subdivision ", " enact any ordinance or policy that limits or prohibits "
        + "a law enforcement officer from seeking to enforce a state law with regard to immigration."));
    assertTrue(forbidsLimiting("A political subdivision ", " enact any ordinance or policy that limits an employee "
        + "from communicating to federal or state officials with regard to the immigration status of any person."));
  }

  @Test
  void statusWithoutRegardToWhichALimitActsIsAGround() {
    assertFalse(forbidsLimiting("No officer ", " restrict access to police services without regard to immigration "
        + "status."));
  }

  @Test
  void forbiddingTheActItselfIsNot() {
    assertFalse(forbidsLimiting("No officer ", " ask any person about immigration status."));
    assertFalse(forbidsLimiting("The jail ", " hold a person on an immigration detainer."));
  }

  @Test
  void aLimitOnSomethingOtherThanEnforcementIsNot() {
    assertFalse(forbidsLimiting("No agency ", " restrict access to job training on the sole basis of immigration "
        + "status."));
    assertFalse(forbidsLimiting("No officer ", " prohibit or discourage anyone from reporting a crime, regardless "
        + "of immigration status."));
    assertFalse(forbidsLimiting("Immigration status ", " interfere with access to police services."));
  }

  @Test
  void aSavingsProvisionIsNot() {
    assertFalse(forbidsLimiting("This Act ", " be construed to prohibit or restrict any entity from sending "
        + "information regarding immigration status to federal officials."));
    assertFalse(forbidsLimiting("Nothing in this chapter ", " prohibit any officer from sending information "
        + "regarding immigration status to federal officials."));
  }
}
