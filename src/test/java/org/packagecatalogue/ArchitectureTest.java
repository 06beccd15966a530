package org.packagecatalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of ARCHITECTURE.md: one core, thin adapters that never import each other. */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.packagecatalogue");

    @Test
    void theCoreImportsNothingOfOurs() {
        noClasses().that().resideInAPackage("..catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("..auth..", "..billing..", "..mpaas..", "..platform..")
                .check(MAIN);
    }

    @Test
    void theCoreKnowsNoHttp() {
        noClasses().that().resideInAPackage("..catalogue..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.vertx..", "com.fasterxml.jackson..")
                .check(MAIN);
    }

    @Test
    void authImportsNoAdapterAndNoPlatform() {
        noClasses().that().resideInAPackage("..auth..")
                .should().dependOnClassesThat().resideInAnyPackage("..billing..", "..mpaas..", "..platform..")
                .check(MAIN);
    }

    @Test
    void thePlatformImportsNoAdapter() {
        noClasses().that().resideInAPackage("..platform..")
                .should().dependOnClassesThat().resideInAnyPackage("..billing..", "..mpaas..")
                .check(MAIN);
    }

    @Test
    void theDialectsNeverImportEachOther() {
        noClasses().that().resideInAPackage("..billing..")
                .should().dependOnClassesThat().resideInAPackage("..mpaas..")
                .check(MAIN);
        noClasses().that().resideInAPackage("..mpaas..")
                .should().dependOnClassesThat().resideInAPackage("..billing..")
                .check(MAIN);
    }
}
