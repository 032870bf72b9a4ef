package org.spamouflage.sandbox.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Views talk to the one service, never to the stores or the pipeline. (That what the pages show is
 * computed without Vaadin or Spring is ArchitectureTest's rule for the feature packages.)
 */
class ViewsArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spamouflage.sandbox");

    @Test
    void viewsTalkToTheServiceNotToTheRepositoriesOrThePipeline() {
        noClasses().that().resideInAnyPackage("org.spamouflage.sandbox.ui.playground..", "org.spamouflage.sandbox.ui.explore..",
                        "org.spamouflage.sandbox.ui.scenarios..", "org.spamouflage.sandbox.ui.runs..",
                        "org.spamouflage.sandbox.ui.importer..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.spamouflage.sandbox.store.RunRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.spamouflage.sandbox.store.ScenarioRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.spamouflage.sandbox.store.ImportRepository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.spamouflage.sandbox.pipeline.Pipeline")
                .check(CLASSES);
    }
}
