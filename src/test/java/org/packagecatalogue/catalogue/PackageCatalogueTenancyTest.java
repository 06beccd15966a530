package org.packagecatalogue.catalogue;

import static org.junit.jupiter.api.Assertions.*;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.owner.Owners;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.PackageCatalogue;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageSummary;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** Tenancy is enforced by the core's queries, whatever adapter calls them. */
@QuarkusTest
class PackageCatalogueTenancyTest {

    @Inject
    Owners owners;

    @Inject
    PackageCatalogue catalogue;

    @Inject
    EntityManager em;

    @Test
    void aSubtreeSeesItselfAndBelowNeverASibling() {
        Owner root = owners.createAggregator(UUID.randomUUID(), "Second platform");
        Tenant rootTenant = tenant(root);
        Owner left = owners.createDistributor(rootTenant, "Left");
        Owner right = owners.createDistributor(rootTenant, "Right");
        assertEquals(root.path + left.id + "/", left.path);

        CataloguePackage ofLeft = catalogue.create(tenant(left), Draft.of(PackageField.class).set(PackageField.NAME, "left"));
        CataloguePackage ofRoot = catalogue.create(rootTenant, Draft.of(PackageField.class).set(PackageField.NAME, "root"));

        assertEquals("left", catalogue.get(rootTenant, ofLeft.id).name);
        assertThrows(NotFoundException.class, () -> catalogue.get(tenant(right), ofLeft.id));
        assertThrows(NotFoundException.class, () -> catalogue.get(tenant(left), ofRoot.id));
        assertThrows(NotFoundException.class,
                () -> catalogue.update(tenant(right), ofLeft.id, Draft.of(PackageField.class).set(PackageField.NAME, "x")));
        assertThrows(NotFoundException.class, () -> catalogue.delete(tenant(right), ofLeft.id));

        assertEquals(2, listed(rootTenant).size());
        assertEquals(1, listed(tenant(left)).size());
        assertEquals(0, listed(tenant(right)).size());
        assertEquals(2L, catalogue.page(rootTenant, new PageRequest(1, 10, false)).totalCount());
        assertEquals(0L, catalogue.page(tenant(right), new PageRequest(1, 10, false)).totalCount());

        // another platform's aggregator sees none of it
        Tenant stranger = tenant(owners.createAggregator(UUID.randomUUID(), "Third platform"));
        assertThrows(NotFoundException.class, () -> catalogue.get(stranger, ofRoot.id));
        assertTrue(listed(stranger).isEmpty());
    }

    @Test
    void aPagesTotalIsTheTrueCountOfTheSubtreeWhateverWroteIt() {
        Owner root = owners.createAggregator(UUID.randomUUID(), "Counted platform");
        Tenant rootTenant = tenant(root);
        Owner reseller = owners.createDistributor(rootTenant, "Counted reseller");
        Tenant resellerTenant = tenant(reseller);

        CataloguePackage kept = catalogue.create(resellerTenant, Draft.of(PackageField.class).set(PackageField.NAME, "kept"));
        CataloguePackage removed = catalogue.create(rootTenant, Draft.of(PackageField.class).set(PackageField.NAME, "removed"));
        catalogue.create(rootTenant, Draft.of(PackageField.class).set(PackageField.NAME, "also kept"));
        catalogue.delete(rootTenant, removed.id);
        // a write that fails leaves the count as it was
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            catalogue.create(resellerTenant, Draft.of(PackageField.class).set(PackageField.NAME, "rolled back"));
            throw new IllegalStateException("abandoned");
        }));
        // rows written by SQL alone (a bulk load, an operator's script) are counted too
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                insert into package (owner_id, name, default_account_package_status_type_id, package_category_id)
                select :owner, 'bulk ' || g, 1, 1 from generate_series(1, 3) g""")
                .setParameter("owner", reseller.id).executeUpdate());

        assertEquals(5L, catalogue.page(rootTenant, new PageRequest(1, 2, false)).totalCount());
        assertEquals(4L, catalogue.page(resellerTenant, new PageRequest(1, 2, false)).totalCount());
        assertEquals(trueCount(root), catalogue.page(rootTenant, new PageRequest(1, 2, false)).totalCount());
        assertEquals("kept", catalogue.get(rootTenant, kept.id).name);

        // the count holds because a package never moves to another owner; the database refuses it
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("update package set owner_id = :other where id = :id")
                .setParameter("other", root.id).setParameter("id", kept.id).executeUpdate()));
    }

    private long trueCount(Owner subtreeRoot) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from package p join owner o on o.id = p.owner_id where o.path like :scope")
                .setParameter("scope", subtreeRoot.path + "%").getSingleResult()).longValue());
    }

    @Test
    void aDistributorCannotOnboardDistributors() {
        Owner root = owners.createAggregator(UUID.randomUUID(), "Platform");
        Owner distributor = owners.createDistributor(tenant(root), "Reseller");
        assertThrows(NotPermittedException.class, () -> owners.createDistributor(tenant(distributor), "Sub-reseller"));
    }

    @Test
    void pathPrefixesDoNotLeakAcrossSimilarIds() {
        // '/1/' must not cover '/11/': the trailing slash is part of the prefix
        Tenant one = new Tenant(1, "/1/");
        assertTrue(one.covers("/1/5/"));
        assertFalse(one.covers("/11/"));
        assertFalse(one.covers("/2/1/"));
    }

    private static Tenant tenant(Owner owner) {
        return new Tenant(owner.id, owner.path);
    }

    private java.util.List<PackageSummary> listed(Tenant tenant) {
        java.util.List<PackageSummary> items = new java.util.ArrayList<>();
        try {
            catalogue.list(tenant).forEach(items::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return items;
    }
}
