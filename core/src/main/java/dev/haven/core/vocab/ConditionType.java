package dev.haven.core.vocab;

/** What must hold before an actor may act: someone's approval, the person's written consent, notice to the person, or a judge's warrant. */
public enum ConditionType implements Vocabulary {
  APPROVAL,
  WRITTEN_CONSENT,
  NOTICE,
  JUDICIAL_WARRANT
}
