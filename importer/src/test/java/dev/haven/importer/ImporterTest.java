package dev.haven.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.haven.core.io.ClauseSetReader;
import dev.haven.core.io.ClauseSetWriter;
import dev.haven.core.io.Position;
import dev.haven.core.io.Syntax;
import dev.haven.core.model.Clause;
import dev.haven.core.model.ClauseKind;
import dev.haven.core.model.ClauseSet;
import dev.haven.core.model.DetainerLimit;
import dev.haven.core.model.GeneralProvision;
import dev.haven.core.vocab.ExceptionGround;
import dev.haven.core.vocab.Modality;
import dev.haven.core.vocab.Status;
import dev.haven.core.vocab.StandardActor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImporterTest {

  static final Path HTML = Path.of("src/test/resources/import/example-falls-code.html");

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> sources = Files.list(ImportEvaluation.SOURCES)) {
      return Stream.concat(sources.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream(),
          Stream.of(HTML));
    }
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyClauseTextIsAVerbatimSpanOfTheInput(Path file) throws IOException {
    String visible = VerbatimSpans.visibleText(Files.readString(file), file.toString().endsWith(".html"));
    VerbatimSpans.assertQuoted(new Importer().importFile(file, ImportOptions.DEFAULTS), visible, file.toString());
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void theDraftIsAValidSetWithStatusDraftThatSurvivesWritingAndReading(Path file) {
    ClauseSet set = new Importer().importFile(file, ImportOptions.DEFAULTS).set();
    assertEquals(Status.DRAFT, set.status());
    String yaml = new ClauseSetWriter().toYaml(set);
    var read = new ClauseSetReader().read(file + ".yaml", yaml, Syntax.YAML);
    assertEquals(List.of(), read.problems());
    assertEquals(set, read.clauseSet());
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everyClauseSaysWhereItCameFromAndWhichRulesFired(Path file) {
    ImportResult result = new Importer().importFile(file, ImportOptions.DEFAULTS);
    assertEquals(result.set().clauses().size(), result.clauses().size());
    for (int i = 0; i < result.clauses().size(); i++) {
      Clause c = result.set().clauses().get(i);
      ImportedClause info = result.clauses().get(i);
      assertEquals(c.id(), info.id());
      assertEquals(Optional.of(info.locator()), c.core().source().flatMap(s -> s.locator()));
      assertFalse(info.rules().isEmpty(), c.id());
      String notes = c.core().notes().orElseThrow();
      assertTrue(notes.contains("Rules: "), notes);
      assertEquals(info.needsReview(), notes.contains("Review: "), notes);
    }
  }

  @Test
  void aWebPageIsReadWithoutItsNavigationScriptsStylesAndSiteFurniture() {
    ClauseSet set = new Importer().importFile(HTML, ImportOptions.DEFAULTS).set();
    String all = set.clauses().stream().map(Clause::text).reduce("", String::concat);
    for (String furniture : List.of("analytics", "Chapter 9.30 Noise", "sidebar", "publisher shall not", "cookies",
        "Sign in", "font-family")) {
      assertFalse(all.contains(furniture), furniture);
    }
    assertEquals("City of Example Falls", set.jurisdiction().name());
    assertEquals(Optional.of("OR"), set.jurisdiction().state());
  }

  @Test
  void aCodeSectionsItemsBecomeOneClauseEachWithTheirLocatorsAndTheLeadInsModality() {
    ImportResult result = new Importer().importFile(HTML, ImportOptions.DEFAULTS);
    List<String> locators = result.clauses().stream().map(ImportedClause::locator).toList();
    assertEquals(List.of("9.40.010", "9.40.020", "9.40.030(a)", "9.40.030(b)(1)", "9.40.030(b)(2)",
        "9.40.030(b)(3)", "9.40.030(c)", "9.40.040", "9.40.050", "9.40.060"), locators);
    List<ClauseKind> kinds = result.clauses().stream().map(ImportedClause::kind).toList();
    assertEquals(List.of(ClauseKind.GENERAL_PROVISION, ClauseKind.GENERAL_PROVISION,
        ClauseKind.SPENDING_RESTRICTION, ClauseKind.DETENTION_LIMIT, ClauseKind.DETAINER_LIMIT,
        ClauseKind.ENFORCEMENT_NON_PARTICIPATION, ClauseKind.STATUS_NON_INQUIRY, ClauseKind.SERVICE_NON_DENIAL,
        ClauseKind.REPORTING_REQUIREMENT, ClauseKind.GENERAL_PROVISION), kinds);
    Clause detainer = result.set().clauses().get(4);
    assertEquals(Optional.of(Modality.PROHIBITION), detainer.modality(), "from the lead-in 'shall not:'");
    assertTrue(detainer.actors().stream().anyMatch(a -> a.standard().equals(Optional.of(StandardActor.POLICE))));
    assertEquals(List.of("detainer", "administrative-warrant"),
        ((DetainerLimit) detainer).requests().stream().map(t -> t.wireName()).toList());
    assertEquals(List.of(ExceptionGround.JUDICIAL_WARRANT), detainer.core().exceptions().stream()
        .map(e -> e.ground().known().orElseThrow()).toList());
  }

  @Test
  void aDefinitionsSectionIsOneGeneralProvisionWithItsTerms() {
    ClauseSet set = new Importer().importFile(HTML, ImportOptions.DEFAULTS).set();
    GeneralProvision definitions = (GeneralProvision) set.clauses().get(1);
    assertEquals(List.of("Civil immigration detainer", "Agency"),
        definitions.terms().stream().map(t -> t.term()).toList());
  }

  @Test
  void chicagosNestedItemsKeepTheirSectionAndLabels() {
    ImportResult result = new Importer().importFile(ImportEvaluation.SOURCES.resolve("chicago-2-173.txt"),
        ImportOptions.DEFAULTS);
    List<String> locators = result.clauses().stream().map(ImportedClause::locator).toList();
    assertTrue(locators.containsAll(List.of("2-173-020(a)", "2-173-020(a)(1)(A)", "2-173-020(a)(1)(B)",
        "2-173-020(a)(2)(A)", "2-173-020(a)(6)", "2-173-030(a)(1)", "2-173-030(b)")), locators.toString());
    ImportedClause item = result.clauses().get(locators.indexOf("2-173-020(a)(1)(C)"));
    assertEquals(ClauseKind.DETAINER_LIMIT, item.kind());
    assertEquals(List.of("Specifically, no agency or agent shall:", "stop, arrest, detain, or continue to detain a "
        + "person"), item.leadIns());
  }

  @Test
  void whereasClausesAreRecitalsAndEachResolvedClauseIsAClause() {
    String resolution = """
        Resolution 2026-14 of the Village of Oak Hollow, Vermont

        WHEREAS, the Village values every resident; and
        WHEREAS, trust keeps the Village safe;

        NOW, THEREFORE, BE IT RESOLVED, that Village employees shall not ask any person about immigration status.
        BE IT FURTHER RESOLVED, that the Village urges the County Sheriff to decline ICE detainers.
        """;
    ImportResult result = new Importer().importBytes("oak-hollow.txt", resolution.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS);
    ClauseSet set = result.set();
    assertEquals(List.of("WHEREAS, the Village values every resident; and", "WHEREAS, trust keeps the Village safe;"),
        set.recitals());
    assertEquals(List.of("resolved clause 1", "resolved clause 2"),
        result.clauses().stream().map(ImportedClause::locator).toList());
    assertEquals(ClauseKind.STATUS_NON_INQUIRY, set.clauses().get(0).kind());
    assertEquals(Optional.of(Modality.RECOMMENDATION), set.clauses().get(1).modality());
    assertEquals(ClauseKind.DETAINER_LIMIT, set.clauses().get(1).kind());
    assertEquals("Village of Oak Hollow", set.jurisdiction().name());
    assertEquals(Optional.of("VT"), set.jurisdiction().state());
  }

  @Test
  void sectionNumbersInTheCommonStylesBecomeLocators() {
    String code = """
        Sec. 12H.2. Use of City funds prohibited.
        No department of the City shall use City funds to assist in the enforcement of federal immigration law.

        § 28-250 Detainers.
        (a) The police department shall not:
        (2) honor an immigration detainer.
        """;
    ImportResult result = new Importer().importBytes("code.txt", code.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS.withJurisdiction("City of Example, Oregon"));
    assertEquals(List.of("12H.2", "28-250(a)(2)"), result.clauses().stream().map(ImportedClause::locator).toList());
  }

  @Test
  void unsureFieldsAreLeftUnsetAndSaidInTheNotes() {
    String text = "The office shall review each request, unless the moon is full.\n";
    ImportResult result = new Importer().importBytes("vague.txt", text.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS.withJurisdiction("City of Example"));
    ImportedClause only = result.clauses().get(0);
    assertEquals(ClauseKind.GENERAL_PROVISION, only.kind());
    assertTrue(only.review().stream().anyMatch(r -> r.contains("no kind rule fired")), only.review().toString());
    assertTrue(only.review().stream().anyMatch(r -> r.contains("unless the moon is full")), only.review().toString());
    assertEquals(List.of(), result.set().clauses().get(0).core().exceptions());
  }

  @Test
  void theJurisdictionOptionWinsOverTheInput() {
    ClauseSet set = new Importer().importFile(HTML, ImportOptions.DEFAULTS.withJurisdiction(
        "Example County, Oregon (Board of Commissioners)")).set();
    assertEquals("Example County", set.jurisdiction().name());
    assertEquals("county", set.jurisdiction().level().wireName());
    assertEquals(Optional.of("Board of Commissioners"), set.body());
    assertEquals("us-or-example-county/example-falls-code", set.id());
  }

  @Test
  void aCodeLibraryPageNamesItsPlaceInItsTitleAndTheCityInLowerCaseInItsText() {
    String page = """
        <html><head><title>Sec. 3.10 Records | Code of Ordinances | Lakeview Falls, MN | Code Library</title></head>
        <body><nav><a href="/">Home</a></nav><main>
        <p>No employee of the city of Lakeview Falls shall ask any person about immigration status.</p>
        </main></body></html>
        """;
    ClauseSet set = new Importer().importBytes("page.html", page.getBytes(StandardCharsets.UTF_8), InputFormat.HTML,
        ImportOptions.DEFAULTS).set();
    assertEquals("City of Lakeview Falls", set.jurisdiction().name());
    assertEquals(Optional.of("MN"), set.jurisdiction().state());
  }

  @Test
  void aCodeLibraryPageTitledByTheSiteIsTitledByItsSectionAndPlacedByThePageTitle() {
    String page = """
        <html><head><title>Online Library | Lakeview Falls, MN</title></head><body><main>
        <h4>§ 3.10 STATUS INQUIRIES PROHIBITED.</h4>
        <p>(A) No employee shall ask any person about immigration status.</p>
        </main></body></html>
        """;
    ClauseSet set = new Importer().importBytes("page.html", page.getBytes(StandardCharsets.UTF_8), InputFormat.HTML,
        ImportOptions.DEFAULTS).set();
    assertEquals("§ 3.10 STATUS INQUIRIES PROHIBITED.", set.title());
    assertEquals("Lakeview Falls", set.jurisdiction().name());
    assertEquals(Optional.of("MN"), set.jurisdiction().state());
  }

  @Test
  void aPdfTurnedIntoTextKeepsItsTitleAndSectionsAndLosesItsPageNumbers() {
    String text = """
                                                  ORDINANCE NO. 2026-07
                                                  Page 1 of 2

        AN ORDINANCE OF THE TOWN OF MILL BROOK, VERMONT, LIMITING THE USE OF TOWN
        RESOURCES FOR FEDERAL IMMIGRATION ENFORCEMENT

            Section 1. No Town employee shall ask any person about immigration status.
                                                  Page 2 of 2
            Section 2. The Town shall not honor an immigration detainer unless a judge
                                                  - 3 -
        has signed a warrant.
        """;
    ImportResult result = new Importer().importBytes("ordinance.txt", text.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS);
    ClauseSet set = result.set();
    assertTrue(set.title().startsWith("AN ORDINANCE OF THE TOWN OF MILL BROOK"), set.title());
    assertEquals(List.of("Section 1", "Section 2"), result.clauses().stream().map(ImportedClause::locator).toList());
    assertEquals("No Town employee shall ask any person about immigration status.", set.clauses().get(0).text());
    // a page number inside a sentence stays in it: the clause must remain one span of the input
    assertEquals("The Town shall not honor an immigration detainer unless a judge - 3 - has signed a warrant.",
        set.clauses().get(1).text());
  }

  @Test
  void aLegislativeSystemsPageGivesTheOrdinancesOwnTitleAndItsColonNumberedSections() {
    String page = """
        <html><head><title>City of Maple Falls - File #: 26-0101</title></head><body>
        <table><tr><td>File #:</td><td>26-0101</td><td>Type:</td><td>Ordinance</td></tr></table>
        <p>An Ordinance to Amend the Code of the City of Maple Falls by Adding Chapter 120</p>
        <p>9:471. Immigration status.</p>
        <p>(1) No city official shall ask any person about immigration status.</p>
        </body></html>
        """;
    ImportResult result = new Importer().importBytes("page.html", page.getBytes(StandardCharsets.UTF_8),
        InputFormat.HTML, ImportOptions.DEFAULTS);
    assertEquals("An Ordinance to Amend the Code of the City of Maple Falls by Adding Chapter 120",
        result.set().title());
    assertEquals(List.of("9:471(1)"), result.clauses().stream().map(ImportedClause::locator).toList());
  }

  @Test
  void aPoliceDepartmentsPolicyBindsThePoliceWhenItSaysOfficersMembersOrTheDepartment() {
    String policy = """
        Maple Falls Police Department
        Policy 428 Immigration

        428.3 STATUS
        Officers shall not stop any person solely because of suspected immigration status.
        Members shall not ask any person about immigration status.

        428.4 DETAINERS
        The Department shall not hold any person on an immigration detainer.
        """;
    ImportResult result = new Importer().importBytes("policy.txt", policy.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS);
    ClauseSet set = result.set();
    assertEquals("Maple Falls Police Department", set.jurisdiction().name());
    assertEquals("agency", set.jurisdiction().level().wireName());
    for (Clause c : set.clauses()) {
      assertEquals(List.of(Optional.of(StandardActor.POLICE)), c.actors().stream().map(a -> a.standard()).toList(),
          c.text());
    }
  }

  @Test
  void runInSectionHeadingsAndEnactingWordsAreNotClauseText() {
    String order = """
        EXECUTIVE ORDER NO. 2026-4

        By the authority vested in me as Mayor of the City of Riverbend, Oregon, it is hereby ordered:

        Sec. 1. Purpose. Public safety depends on the trust of every resident.

        Sec. 2. Inquiries. City employees shall not ask any person about immigration status.

        Sec. 3. Effective date. This order takes effect immediately.
        """;
    ImportResult result = new Importer().importBytes("order.txt", order.getBytes(StandardCharsets.UTF_8),
        InputFormat.TEXT, ImportOptions.DEFAULTS);
    ClauseSet set = result.set();
    assertEquals("EXECUTIVE ORDER NO. 2026-4", set.title());
    assertEquals("executive-order", set.type().map(t -> t.wireName()).orElse("none"));
    assertEquals(List.of("Public safety depends on the trust of every resident.",
        "City employees shall not ask any person about immigration status.", "This order takes effect immediately."),
        set.clauses().stream().map(Clause::text).toList());
    assertEquals(List.of("findings", "effective-date"), Stream.of(set.clauses().get(0), set.clauses().get(2))
        .map(c -> ((GeneralProvision) c).provision().map(p -> p.wireName()).orElse("none")).toList());
  }

  @Test
  void binaryInputIsRefusedWithItsPosition(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("scan.txt");
    Files.write(file, new byte[] {'a', '\n', 'b', 0, 1, 2});
    ImportException e = assertThrows(ImportException.class,
        () -> new Importer().importFile(file, ImportOptions.DEFAULTS));
    assertEquals(Optional.of(new Position(2, 2)), e.position());
    assertTrue(e.getMessage().contains("binary"), e.getMessage());
  }

  @Test
  void textThatIsNotUtf8IsRefusedWithItsLineAndColumn(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "No agency shall ask.\nCaf\u00e9 rules".getBytes(StandardCharsets.ISO_8859_1));
    ImportException e = assertThrows(ImportException.class,
        () -> new Importer().importFile(file, ImportOptions.DEFAULTS));
    assertEquals(Optional.of(new Position(2, 4)), e.position());
    assertTrue(e.getMessage().contains("not UTF-8"), e.getMessage());
  }

  @Test
  void aTextWithoutProvisionsSaysWhatItFoundInstead(@TempDir Path dir) throws IOException {
    Path recitalsOnly = dir.resolve("recitals.txt");
    Files.writeString(recitalsOnly, "WHEREAS, the town values every resident; and\n\n"
        + "WHEREAS, newcomers strengthen the town;\n");
    String message = assertThrows(ImportException.class,
        () -> new Importer().importFile(recitalsOnly, ImportOptions.DEFAULTS)).getMessage();
    assertTrue(message.contains("2 WHEREAS recitals but nothing after them"), message);
    Path spaced = dir.resolve("spaced.txt");
    Files.writeString(spaced, "N O W , T H E R E F O R E , B E I T R E S O L V E D that the town welcomes all.\n");
    message = assertThrows(ImportException.class,
        () -> new Importer().importFile(spaced, ImportOptions.DEFAULTS)).getMessage();
    assertTrue(message.contains("spaced apart letter by letter"), message);
  }

  @Test
  void filesThatAreNotOrdinancesAreRefusedWithAReason(@TempDir Path dir) throws IOException {
    Path yaml = dir.resolve("set.yaml");
    Files.writeString(yaml, "format: haven/1\n");
    assertTrue(assertThrows(ImportException.class, () -> new Importer().importFile(yaml, ImportOptions.DEFAULTS))
        .getMessage().contains(".html, .htm or .txt"));
    Path empty = dir.resolve("empty.txt");
    Files.writeString(empty, "  \n\n");
    assertTrue(assertThrows(ImportException.class, () -> new Importer().importFile(empty, ImportOptions.DEFAULTS))
        .getMessage().contains("no text"));
    Path recipe = dir.resolve("recipe.txt");
    Files.writeString(recipe, "Mix the flour and the water. Bake for an hour.\n");
    assertTrue(assertThrows(ImportException.class, () -> new Importer().importFile(recipe, ImportOptions.DEFAULTS))
        .getMessage().contains("found no provision"));
    assertTrue(assertThrows(ImportException.class,
        () -> new Importer().importFile(dir.resolve("missing.txt"), ImportOptions.DEFAULTS))
        .getMessage().contains("no such file"));
  }

  @Test
  void rulesWithAnUnknownKindOrABrokenPatternAreRefusedByName() {
    IllegalArgumentException kind = assertThrows(IllegalArgumentException.class, () -> Importer.withRules("""
        modality: [{id: shall, modality: obligation, pattern: shall}]
        kinds: {detainer-limits: [{id: detainer, pattern: detainer}]}
        """.getBytes(StandardCharsets.UTF_8)));
    assertTrue(kind.getMessage().contains("detainer-limits is not one of"), kind.getMessage());
    IllegalArgumentException pattern = assertThrows(IllegalArgumentException.class, () -> Importer.withRules("""
        modality: [{id: shall, modality: obligation, pattern: "shall("}]
        kinds: {detainer-limit: [{id: detainer, pattern: detainer}]}
        """.getBytes(StandardCharsets.UTF_8)));
    assertTrue(pattern.getMessage().contains("modality shall: not a valid pattern"), pattern.getMessage());
  }

  @Test
  void randomBytesAreRefusedAsNotTextBeforeAnythingIsParsed() {
    byte[] noise = new byte[40_000];
    new java.util.Random(7).nextBytes(noise);
    ImportException e = assertThrows(ImportException.class, () -> new Importer().importBytes("noise.html", noise,
        InputFormat.HTML, ImportOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("binary file, not text"), e.getMessage());
    byte[] latin1 = "Section 1. No officer shall ask about status \u00e9\u00e8.\n".getBytes(StandardCharsets.ISO_8859_1);
    assertTrue(dev.haven.importer.internal.BinaryInput.find(latin1).isEmpty(), "text in another charset is still text");
  }

  @Test
  void aProvisionLongerThanAClauseSetHoldsIsAnInputErrorAtItsLine() {
    String text = "Section 1. No officer shall ask about immigration status"
        + ", and no officer shall detain any person".repeat(30_000) + ".\n";
    ImportException e = assertThrows(ImportException.class, () -> new Importer().importBytes("long.txt",
        text.getBytes(StandardCharsets.UTF_8), InputFormat.TEXT, ImportOptions.DEFAULTS));
    assertTrue(e.getMessage().contains("more than a clause set holds in one text"), e.getMessage());
  }
}
