package dev.haven.core.vocab;

/** Kinds of participation in federal immigration enforcement that a jurisdiction stays out of. */
public enum Activity implements Vocabulary {
  /** Raids and sweeps: operations to find and arrest people for their immigration status. */
  RAIDS,
  /** An agreement under INA § 287(g) (8 U.S.C. § 1357(g)) that lets local officers act as immigration agents. */
  AGREEMENT_287G {
    @Override
    public String wireName() {
      // A Java name cannot start with a digit; the format spells it after INA § 287(g).
      return "287g-agreement";
    }
  },
  /** Local officers deputized, or acting, as federal immigration agents in any other way. */
  DEPUTIZATION,
  /** Joint operations and task forces with federal immigration authorities, or support to theirs. */
  JOINT_OPERATIONS,
  /** Investigations of civil immigration violations. */
  CIVIL_IMMIGRATION_INVESTIGATIONS,
  /** Contracts to hold people in immigration detention. */
  DETENTION_CONTRACTS,
  /** Privately run immigration detention in the jurisdiction. */
  PRIVATE_DETENTION,
  /** Public property used as a staging area for federal immigration enforcement. */
  STAGING_AREAS
}
