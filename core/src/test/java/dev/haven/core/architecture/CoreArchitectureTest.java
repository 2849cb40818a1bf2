package dev.haven.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** What haven-core may depend on: the JDK, Jackson and commons-text, nothing of render, cli or terminals. */
@AnalyzeClasses(packages = "dev.haven.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnlyOnTheJdkJacksonAndCommonsText = classes()
      .that().resideInAPackage("dev.haven.core..")
      .should().onlyDependOnClassesThat().resideInAnyPackage(
          "dev.haven.core..",
          "java..",
          "tools.jackson..",
          // Jackson's YAML backend: its LoadSettings is how the reader bounds aliases and size.
          "org.snakeyaml.engine..",
          "org.apache.commons.text..")
      .because("haven-core is embedded by other systems and must stay small (README: design card)");

  @ArchTest
  static final ArchRule coreWritesToNoConsole = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

  @ArchTest
  static final ArchRule coreNeverExits = noClasses().should().callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule corePackagesHaveNoCycles = slices().matching("dev.haven.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theModelKnowsNothingOfFiles = noClasses()
      .that().resideInAnyPackage("dev.haven.core.model..", "dev.haven.core.vocab..", "dev.haven.core.query..",
          "dev.haven.core.compare..", "dev.haven.core.diff..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.haven.core.io..", "tools.jackson..");
}
