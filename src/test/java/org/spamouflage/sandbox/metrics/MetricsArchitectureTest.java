package org.spamouflage.sandbox.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The metrics package is a plain library and does not depend on how detection works. */
class MetricsArchitectureTest {

    private static final JavaClasses METRICS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spamouflage.sandbox.metrics");

    @Test
    void importsNoVaadinSpringOrJdbc() {
        noClasses().that().resideInAPackage("org.spamouflage.sandbox.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..",
                        "java.sql..", "javax.sql..")
                .check(METRICS);
    }

    @Test
    void doesNotDependOnDetectionOrTheShells() {
        noClasses().that().resideInAPackage("org.spamouflage.sandbox.metrics..")
                .should().dependOnClassesThat().resideInAnyPackage("org.spamouflage.sandbox.detection..",
                        "org.spamouflage.sandbox.ui..", "org.spamouflage.sandbox.cli..",
                        "org.spamouflage.sandbox.store..", "org.spamouflage.sandbox.simulation..")
                .check(METRICS);
    }
}
