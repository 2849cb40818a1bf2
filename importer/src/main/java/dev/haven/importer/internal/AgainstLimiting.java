package dev.haven.importer.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a prohibition forbids <em>limiting</em> immigration enforcement rather than the enforcement itself: the
 * scope of its negation. "No county shall prohibit law enforcement officials from gathering such information" and "A
 * local entity may not adopt a policy under which the entity prohibits or materially limits the enforcement of
 * immigration laws" forbid a limit on cooperation, so they are duties to allow it (anti-sanctuary law), the opposite
 * of the sanctuary rule that the same words without the outer negation would state. A savings provision ("This Act
 * shall not be construed to prohibit ... sending ... information regarding ... immigration status") is left as it
 * is: it keeps a door open and binds no one.
 */
final class AgainstLimiting {

  /** A verb that limits an act, or a negated duty to enforce ("will not fully enforce"). */
  private static final String LIMIT = "(?:prohibit|limit|restrict|ban|bar|interfer|imped|obstruct|hinder|prevent"
      + "|discourag|preclud)\\w*|direct\\w*\\s+(?:[\\w'-]+\\s+){0,8}?not\\s+to|(?:will|shall|does|do)\\s+not\\s+"
      + "(?:fully\\s+)?enforce";
  /** What a prohibition governs, when it forbids limiting: the limit itself, or a policy, law or practice that does. */
  private static final Pattern GOVERNS_A_LIMIT = Pattern.compile("^\\W*(?:\\(?[\\w*\\s]{1,8}\\)\\s*)?"
      + "(?:(?:otherwise|in\\s+any\\s+manner|materially|knowingly|intentionally|directly|indirectly)[\\s,]+)*"
      // said in the passive too: "may not be prohibited or in any way restricted from sending ..."
      + "(?:or\\s+)?(?:be\\s+)?(?:" + LIMIT + ")\\b"
      + "|^\\W*(?:adopt|enact|implement|have\\s+in\\s+effect|maintain|endorse|enforce|pass|approve|follow|issue)\\b"
      + "[^.;]{0,160}?\\b(?:polic(?:y|ies)|ordinances?|orders?|practices?|procedures?|resolutions?|directives?"
      + "|rules?)\\b[^.;]{0,60}?\\b(?:that|which|whereby)\\b[^.;]{0,80}?\\b(?:" + LIMIT + ")\\b"
      + "|^[^.;]{0,80}?\\bsanctuary\\s+(?:polic(?:y|ies)|jurisdictions?|cit(?:y|ies))\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * The act limited is immigration enforcement or cooperation with it: enforcing immigration law, or telling,
   * asking, keeping or exchanging status with federal authorities.
   */
  private static final Pattern ENFORCEMENT = Pattern.compile("\\benforc\\w*\\s+(?:of\\s+)?(?:the\\s+)?(?:federal\\s+)?"
      + "immigration|\\bimmigration\\s+(?:laws?|enforcement|detainers?)\\b|\\bImmigration\\s+and\\s+Nationality\\s+Act"
      // "enforce a state law with regard to immigration"
      + "|\\benforc\\w*\\s+(?:[\\w-]+\\s+){1,5}?(?:with\\s+regard\\s+to|relating\\s+to|regarding|concerning)"
      + "\\s+immigration\\b"
      + "|\\bsanctuary\\s+polic|\\b(?:immigration|citizenship)\\s+status\\b|\\bfederal\\s+(?:or\\s+state\\s+)?"
      + "(?:immigration|agencies|officials|authorities|law\\s+enforcement)\\b"
      + "|\\bImmigration\\s+and\\s+Customs\\s+Enforcement\\b|\\bICE\\b",
      Pattern.CASE_INSENSITIVE);
  /**
   * Status as a ground, not as information: "on the sole basis of citizenship or immigration status", "regardless of
   * immigration status", "without regard to immigration status" name no cooperation that is limited ("with regard to
   * the immigration status of any person" names what is told).
   */
  private static final Pattern STATUS_AS_GROUND = Pattern.compile("\\b(?:basis\\s+of|based\\s+(?:solely\\s+)?on"
      + "|because\\s+of|regardless\\s+of|irrespective\\s+of|(?<!\\bwith\\s)regard\\s+to|due\\s+to)"
      + "\\s+(?:[\\w-]+\\s+){0,3}$",
      Pattern.CASE_INSENSITIVE);

  /** What a savings provision says before its modal: "Nothing in this Act", "This chapter", "(f) This section". */
  private static final Pattern SAVES = Pattern.compile("\\bnothing\\b|^\\W*(?:\\(?\\w{1,4}[.)]\\s*)?this\\s+(?:act"
      + "|chapter|section|article|ordinance|resolution|policy|order|title|subsection|part|code)\\b",
      Pattern.CASE_INSENSITIVE);
  /** ... or after it: "shall not be construed to prohibit". */
  private static final Pattern CONSTRUED = Pattern.compile("^\\W*be\\s+(?:construed|interpreted|read|deemed)\\b",
      Pattern.CASE_INSENSITIVE);

  private AgainstLimiting() {}

  /**
   * Whether a prohibition forbids limiting immigration enforcement.
   *
   * @param subject the words before the prohibition's modal ("No county", "This Act")
   * @param governed the words its modal governs, through the end of the provision ("prohibit law enforcement
   *     officials from gathering such information")
   * @param context what the modal governs, with the provision's lead-ins: where the act limited is named
   * @return true for a rule against limiting cooperation
   */
  static boolean forbidsLimiting(String subject, String governed, String context) {
    if (SAVES.matcher(subject).find() || CONSTRUED.matcher(governed).find()) {
      return false;
    }
    return GOVERNS_A_LIMIT.matcher(governed).find() && namesEnforcement(context);
  }

  private static boolean namesEnforcement(String text) {
    Matcher m = ENFORCEMENT.matcher(text);
    while (m.find()) {
      boolean status = m.group().toLowerCase(Locale.ROOT).endsWith("status");
      if (!status || !STATUS_AS_GROUND.matcher(text.substring(Math.max(0, m.start() - 60), m.start())).find()) {
        return true;
      }
    }
    return false;
  }
}
