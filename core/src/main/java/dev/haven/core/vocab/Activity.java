package dev.haven.core.vocab;

/** Kinds of participation in federal immigration enforcement that a jurisdiction stays out of. */
public enum Activity implements Vocabulary {
  RAIDS,
  AGREEMENT_287G {
    @Override
    public String wireName() {
      // A Java name cannot start with a digit; the format spells it after INA § 287(g).
      return "287g-agreement";
    }
  },
  DEPUTIZATION,
  JOINT_OPERATIONS,
  CIVIL_IMMIGRATION_INVESTIGATIONS,
  DETENTION_CONTRACTS,
  PRIVATE_DETENTION,
  STAGING_AREAS
}
