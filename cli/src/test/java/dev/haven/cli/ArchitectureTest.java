package dev.haven.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The modules' layering: cli on render, import and core; render and import on core only; core on neither. */
@AnalyzeClasses(packages = "dev.haven", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("core").definedBy("dev.haven.core..")
      .layer("render").definedBy("dev.haven.render..")
      .layer("import").definedBy("dev.haven.importer..")
      .layer("cli").definedBy("dev.haven.cli..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("render").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("import").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("core").mayOnlyBeAccessedByLayers("render", "import", "cli");

  @ArchTest
  static final ArchRule importInternalsStayInImport = noClasses()
      .that().resideOutsideOfPackage("dev.haven.importer..")
      .should().dependOnClassesThat().resideInAPackage("dev.haven.importer.internal..")
      .because("internal packages are not part of haven-import's API");

  @ArchTest
  static final ArchRule theImporterReadsNoNetworkAndRendersNothing = noClasses()
      .that().resideInAPackage("dev.haven.importer..")
      .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "dev.haven.render..",
          "com.openhtmltopdf..", "picocli..")
      .orShould().callMethod(java.net.URL.class, "openConnection")
      .orShould().callMethod(java.net.URL.class, "openStream")
      .orShould().callMethod(org.jsoup.Jsoup.class, "connect", String.class)
      .because("an ordinance is read from the file given; nothing it references is fetched");

  @ArchTest
  static final ArchRule coreAndRenderKnowNothingOfTheCommandLine = noClasses()
      .that().resideInAnyPackage("dev.haven.core..", "dev.haven.render..", "dev.haven.importer..")
      .should().dependOnClassesThat().resideInAnyPackage("picocli..");

  @ArchTest
  static final ArchRule csvIsWrittenByTheDataOutputsOnly = noClasses()
      .that().resideOutsideOfPackage("dev.haven.render.data..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.commons.csv..")
      .because("the CSV contracts live in haven-render's data package, which the CLI uses");

  @ArchTest
  static final ArchRule coreKnowsNothingOfDocuments = noClasses()
      .that().resideInAPackage("dev.haven.core..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jsoup..", "com.openhtmltopdf..", "org.apache.pdfbox..");

  @ArchTest
  static final ArchRule renderInternalsStayInRender = noClasses()
      .that().resideOutsideOfPackage("dev.haven.render..")
      .should().dependOnClassesThat().resideInAPackage("dev.haven.render.internal..")
      .because("internal packages are not part of haven-render's API");

  @ArchTest
  static final ArchRule onlyTheRenderCommandTouchesThePdfLibrary = noClasses()
      .that().resideInAPackage("dev.haven.cli..").and().doNotHaveSimpleName("RenderCommand")
      .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..")
      .because("the CLI renders through haven-render; it only silences the PDF library's logging");

  @ArchTest
  static final ArchRule onlyMainExits = noClasses().that().doNotHaveFullyQualifiedName("dev.haven.cli.Main")
      .should().callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule onlyMainTouchesTheStandardStreams = noClasses()
      .that().doNotHaveFullyQualifiedName("dev.haven.cli.Main")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err");

  @ArchTest
  static final ArchRule cliIsUsedOnlyThroughItsOwnInternals = noClasses()
      .that().resideOutsideOfPackage("dev.haven.core..")
      .should().dependOnClassesThat().resideInAPackage("dev.haven.core..internal..")
      .because("internal packages are not part of haven-core's API");

  @ArchTest
  static final ArchRule packagesHaveNoCycles = slices().matching("dev.haven.(*)..").should().beFreeOfCycles();
}
