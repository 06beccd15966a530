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
    void theSettingsImportNothingOfOurs() {
        noClasses().that().resideInAPackage("..config..")
                .should().dependOnClassesThat().resideInAnyPackage("..catalogue..", "..auth..", "..billing..", "..mpaas..", "..platform..")
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

    /** The classes of the package aggregate: a package and everything it holds. */
    static final java.util.Set<String> PACKAGE_AGGREGATE = java.util.Set.of(
            "CataloguePackage", "PackageService", "PackageFrequency", "PackageCurrency", "UsageBucket", "Tier");

    /** The one writer and its rules: see ARCHITECTURE.md, "One writer". */
    static final java.util.Set<String> WRITER = java.util.Set.of(
            "PackageWriter", "PatchRun", "PackageRemoval", "PackageRules", "SaleRules", "PackageServiceRules",
            "FrequencyRules", "CurrencyRules", "UsageBucketRules", "TierRules");

    @Test
    void onlyTheWriterChangesAPackageOrWhatItHolds() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaFieldAccess> aggregateField =
                com.tngtech.archunit.base.DescribedPredicate.describe("a field of a package or of what it holds",
                        access -> PACKAGE_AGGREGATE.contains(access.getTargetOwner().getSimpleName()));
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are not the writer or the aggregate itself",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !WRITER.contains(c.getSimpleName())
                                && !PACKAGE_AGGREGATE.contains(c.getSimpleName())
                                && !c.getName().contains("$")))
                .should().setFieldWhere(aggregateField)
                .check(MAIN);
    }

    @Test
    void theTenantFilterIsWrittenOnce() throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java"))) {
            java.util.List<String> writers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return java.nio.file.Files.readString(f).contains("path like");
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> f.getFileName().toString()).toList();
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of("Tenant.java"), writers);
        }
    }

    /**
     * Query text lives in the repositories: one per aggregate, each filtering on the caller's tenant.
     * {@code PlainReads} runs the plain-JDBC reads whose SQL the {@code *Summaries} classes hold (the hottest
     * reads and the streamed lists bypass the ORM).
     */
    @Test
    void noQueryStringOutsideTheRepositories() {
        java.util.Set<String> queryMethods = java.util.Set.of("createQuery", "createNativeQuery", "createNamedQuery",
                "createSelectionQuery", "createMutationQuery", "prepareStatement", "prepareCall");
        java.util.Set<String> panacheQueries = java.util.Set.of("find", "list", "stream", "delete", "update", "count", "exists");
        noClasses().that(com.tngtech.archunit.base.DescribedPredicate.describe("are not repositories",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getSimpleName().endsWith("Repository")
                                && !c.getSimpleName().equals("PlainReads")))
                .should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("it takes query text",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) ->
                                queryMethods.contains(call.getName())
                                        && (call.getTargetOwner().isAssignableTo(jakarta.persistence.EntityManager.class)
                                        || call.getTargetOwner().isAssignableTo(java.sql.Connection.class)
                                        || call.getTargetOwner().isAssignableTo(org.hibernate.Session.class))
                                || panacheQueries.contains(call.getName())
                                        && call.getTargetOwner().isAssignableTo(io.quarkus.hibernate.orm.panache.PanacheEntityBase.class)
                                        && call.getTarget().getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(String.class))))
                .check(MAIN);
    }

    /**
     * A JPA result stream holds its JDBC result set, and with it a pooled connection, until it is closed; a
     * locking read's stream left open by {@code findFirst()} kept its connection after the transaction ended,
     * and the pool ran dry. Reads of one row take the result list.
     */
    @Test
    void noResultStreams() {
        noClasses().should().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe("it opens a result stream",
                        (com.tngtech.archunit.core.domain.JavaMethodCall call) -> call.getName().equals("getResultStream")))
                .check(MAIN);
    }
}
