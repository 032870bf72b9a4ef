package org.spamouflage.sandbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.spamouflage.sandbox.dataset.GroundTruth;

/** The invariants of architecture.md that types alone do not enforce. */
@AnalyzeClasses(packages = "org.spamouflage.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] DOMAIN = {
        "org.spamouflage.sandbox.scenario..", "org.spamouflage.sandbox.simulation..",
        "org.spamouflage.sandbox.dataset..", "org.spamouflage.sandbox.ingest..",
        "org.spamouflage.sandbox.detection..", "org.spamouflage.sandbox.metrics..",
        "org.spamouflage.sandbox.report..", "org.spamouflage.sandbox.formats.."
    };

    @ArchTest
    static final ArchRule domainCoreIsAPlainLibrary = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.vaadin..", "org.springframework..", "java.sql..", "javax.sql..", "org.h2..",
                    "org.flywaydb..", "jakarta.servlet..")
            .because("the domain core is a plain Java library usable from tests, the CLI and a notebook");

    @ArchTest
    static final ArchRule pipelineIsPlainJava = noClasses().that().resideInAnyPackage(
                    "org.spamouflage.sandbox.pipeline..", "org.spamouflage.sandbox.playground..",
                    "org.spamouflage.sandbox.explore..", "org.spamouflage.sandbox.lesson..",
                    "org.spamouflage.sandbox.chart..", "org.spamouflage.sandbox.i18n..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "java.sql..")
            .because("the web app and the command line share this service; it must work without either");

    @ArchTest
    static final ArchRule detectionNeverSeesGroundTruth = noClasses().that()
            .resideInAPackage("org.spamouflage.sandbox.detection..")
            .should().dependOnClassesThat().belongToAnyOf(GroundTruth.class, GroundTruth.AccountTruth.class,
                    GroundTruth.PostTruth.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.spamouflage.sandbox.metrics..",
                    "org.spamouflage.sandbox.simulation..")
            .because("detection must work on what an investigator can see, never on the labels");

    @ArchTest
    static final ArchRule domainDoesNotReachTheShells = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.spamouflage.sandbox.ui..",
                    "org.spamouflage.sandbox.cli..", "org.spamouflage.sandbox.store..")
            .because("the web app and the command line are thin shells over the library, not the other way round");

    @ArchTest
    static final ArchRule benchmarksStayOutOfTheEngine = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAPackage("org.spamouflage.sandbox.bench..")
            .because("benchmark workloads and reference readers measure the engine; the engine never needs them");

    /** Spring Security must name the sign-in view; nothing else outside the web layer may reach it. */
    private static final String LOGIN_REGISTRATION = "org.spamouflage.sandbox.security.SecurityConfig";

    @ArchTest
    static final ArchRule onlyTheWebLayerUsesTheViews = noClasses().that()
            .resideOutsideOfPackage("org.spamouflage.sandbox.ui..")
            .and().doNotHaveFullyQualifiedName(LOGIN_REGISTRATION)
            .should().dependOnClassesThat().resideInAPackage("org.spamouflage.sandbox.ui..")
            .because("ui holds views and components; what they show is computed in the feature packages");

    @ArchTest
    static final ArchRule topLevelPackagesHaveNoCycles = slices().matching("org.spamouflage.sandbox.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(LOGIN_REGISTRATION, "org.spamouflage.sandbox.ui.lesson.LoginView")
            .because("each feature package can be read, tested and moved without the ones that use it");
}
