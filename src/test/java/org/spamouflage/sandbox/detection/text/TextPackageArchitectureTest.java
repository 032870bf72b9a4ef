package org.spamouflage.sandbox.detection.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The text signals are plain library code and cannot see ground truth. */
class TextPackageArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spamouflage.sandbox.detection.text");

    @Test
    void doesNotUseGroundTruth() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.spamouflage.sandbox.dataset.GroundTruth").check(classes);
    }

    @Test
    void importsNoVaadinSpringOrJdbc() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }
}
