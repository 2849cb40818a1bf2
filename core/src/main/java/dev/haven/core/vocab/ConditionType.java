package dev.haven.core.vocab;

/** What must hold before an actor may act: someone's approval, the person's written consent, notice to the person, a judge's warrant or a
 * judge's finding of probable cause. */
public enum ConditionType implements Vocabulary {
  /** Someone's approval first, for example a commander's; the condition names whose in {@code by}. */
  APPROVAL,
  /** The written consent of the person concerned. */
  WRITTEN_CONSENT,
  /** Notice to the person concerned. */
  NOTICE,
  /** A warrant signed by a judge. */
  JUDICIAL_WARRANT,
  /**
   * A judge's or magistrate's finding of probable cause on a criminal charge (California Gov. Code § 7282.5(b):
   * a magistrate's finding under Penal Code § 872).
   */
  PROBABLE_CAUSE_FINDING
}
