package org.spamouflage.sandbox.detection.coaction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The co-action layers are plain library code that cannot see ground truth. */
class CoActionArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spamouflage.sandbox.detection.coaction");

    @Test
    void neverReachesGroundTruth() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.spamouflage.sandbox.dataset.GroundTruth").check(CLASSES);
    }

    @Test
    void importsNoVaadinSpringJdbcOrCli() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                "java.sql..", "javax.sql..", "org.spamouflage.sandbox.cli..", "org.spamouflage.sandbox.ui..")
                .check(CLASSES);
    }
}
