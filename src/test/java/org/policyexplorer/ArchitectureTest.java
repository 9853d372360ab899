package org.policyexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
                    "org.policyexplorer.text..")
            .should().dependOnClassesThat().resideInAnyPackage("org.policyexplorer.app..", "org.policyexplorer.ui..");

    @ArchTest
    static final ArchRule theWindowSpeaksNoSql = noClasses()
            .that().resideInAPackage("org.policyexplorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");
}
