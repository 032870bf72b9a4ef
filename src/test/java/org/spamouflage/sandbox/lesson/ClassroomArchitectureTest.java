package org.spamouflage.sandbox.lesson;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.spamouflage.sandbox.dataset.GroundTruth;
import org.spamouflage.sandbox.pipeline.Evaluation;
import org.spamouflage.sandbox.pipeline.Pipeline;
import org.spamouflage.sandbox.simulation.Generated;

/** The classroom's rules live in plain Java, and the students' pages cannot reach the truth by type. */
@AnalyzeClasses(packages = "org.spamouflage.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ClassroomArchitectureTest {

    @ArchTest
    static final ArchRule lessonRulesArePlainJava = noClasses().that().resideInAPackage("org.spamouflage.sandbox.lesson..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "java.sql..",
                    "javax.sql..", "org.h2..", "org.spamouflage.sandbox.ui..", "org.spamouflage.sandbox.store..")
            .because("the classroom rules are tested without a web server or database and shared with the benchmark");

    @ArchTest
    static final ArchRule studentPageModelHoldsNoTruth = noClasses().that().belongToAnyOf(ExercisePage.class)
            .should().dependOnClassesThat().belongToAnyOf(GroundTruth.class, GroundTruth.AccountTruth.class,
                    GroundTruth.PostTruth.class, Pipeline.Run.class, Generated.class, Evaluation.class, ExerciseTruth.class,
                    Exercise.class, Reveal.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("org.spamouflage.sandbox.metrics..")
            .because("a student's page before the reveal is built from ExerciseData only (invariant 5)");

    @ArchTest
    static final ArchRule classroomPagesNeverTouchTheTruthDirectly = noClasses().that()
            .resideInAPackage("org.spamouflage.sandbox.ui.lesson..")
            .should().dependOnClassesThat().belongToAnyOf(GroundTruth.class, GroundTruth.AccountTruth.class,
                    Pipeline.Run.class, Generated.class, ExerciseTruth.class, Exercise.class)
            .because("labels reach a page only as a Reveal, which the service gives out after the reveal");

    @ArchTest
    static final ArchRule everyPageSaysWhoMayOpenIt = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(AnonymousAllowed.class).orShould().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .because("with Spring Security on, a page without an access annotation is denied to everyone; "
                    + "each page must choose between the public and the instructors");
}
