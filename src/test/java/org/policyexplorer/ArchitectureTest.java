package org.policyexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md, enforced: only ui and app know JavaFX; the core knows neither. */
@AnalyzeClasses(packages = "org.policyexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiAndAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.policyexplorer.ui..", "org.policyexplorer.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.fxmisc..");

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.policyexplorer.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.ingest..",
                    "org.policyexplorer.store..", "org.policyexplorer.library..", "org.policyexplorer.app..",
                    "org.policyexplorer.ui..");

    /** Text measures are shared by annotate and indicators, so they must lean on neither (nor on anything). */
    @ArchTest
    static final ArchRule textDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.policyexplorer.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.domain..",
                    "org.policyexplorer.ingest..", "org.policyexplorer.store..", "org.policyexplorer.search..",
                    "org.policyexplorer.library..", "org.policyexplorer.compare..", "org.policyexplorer.indicators..",
                    "org.policyexplorer.annotate..", "org.policyexplorer.app..", "org.policyexplorer.ui..");

    @ArchTest
    static final ArchRule ingestAndStoreStayApart = noClasses()
            .that().resideInAnyPackage("org.policyexplorer.ingest..", "org.policyexplorer.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.library..",
                    "org.policyexplorer.app..", "org.policyexplorer.ui..");

    @ArchTest
    static final ArchRule ingestDoesNotTouchTheStore = noClasses()
            .that().resideInAPackage("org.policyexplorer.ingest..")
            .should().dependOnClassesThat().resideInAPackage("org.policyexplorer.store..");

    @ArchTest
    static final ArchRule servicesNeverReachUpToTheWindowOrTheCli = noClasses()
            .that().resideInAnyPackage("org.policyexplorer.domain..", "org.policyexplorer.ingest..",
                    "org.policyexplorer.store..", "org.policyexplorer.search..", "org.policyexplorer.library..",
                    "org.policyexplorer.compare..", "org.policyexplorer.indicators..", "org.policyexplorer.annotate..",
                    "org.policyexplorer.settings..", "org.policyexplorer.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.app..", "org.policyexplorer.ui..");

    @ArchTest
    static final ArchRule theWindowSpeaksNoSql = noClasses()
            .that().resideInAPackage("org.policyexplorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule theWindowReachesDataOnlyThroughServices = noClasses()
            .that().resideInAPackage("org.policyexplorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.policyexplorer.store..");

    /** The command line and the window meet only in {@code Main}: neither package knows the other. */
    @ArchTest
    static final ArchRule theCliDoesNotKnowTheWindow = noClasses()
            .that().resideInAPackage("org.policyexplorer.app..")
            .should().dependOnClassesThat().resideInAPackage("org.policyexplorer.ui..");

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.policyexplorer.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenTheWindowsParts = slices().matching("org.policyexplorer.ui.(*)..")
            .should().beFreeOfCycles();

    /** The window's shared state (the open report, the start-up state) sits below every view. */
    @ArchTest
    static final ArchRule theWindowsStateKnowsNoView = noClasses()
            .that().resideInAPackage("org.policyexplorer.ui")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.ui.window..",
                    "org.policyexplorer.ui.reader..", "org.policyexplorer.ui.outline..", "org.policyexplorer.ui.search..",
                    "org.policyexplorer.ui.compare..", "org.policyexplorer.ui.indicators..",
                    "org.policyexplorer.ui.annotations..", "org.policyexplorer.ui.library..",
                    "org.policyexplorer.ui.print..");
}
