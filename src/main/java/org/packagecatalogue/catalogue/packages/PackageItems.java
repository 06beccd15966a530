package org.packagecatalogue.catalogue.packages;

import org.packagecatalogue.catalogue.RetriedOnRace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * A package's items: its services, each sold at its own terms (what the mPaaS dialect calls package
 * items, PIID-…). Adding or removing one is a change of its package, made by {@link PackageWriter}
 * like any other: the package's row is locked and its version moves. Removing an item removes it from
 * the package (with the usage buckets and tiers it carries), never the service itself.
 */
@ApplicationScoped
@RetriedOnRace
public class PackageItems {

    public static final String OBJECT_TYPE = "packageItem";

    @Inject
    PackageOffers offers;

    @Inject
    PackageRepository packages;

    @Inject
    PackageWriter writer;

    /** Adds a service (PackageServiceField.SERVICE_UID) to the package at the draft's terms. */
    @Transactional
    public PackageService add(Tenant tenant, UUID packageUid, Draft<PackageServiceField> item) {
        PackageService added = writer.apply(tenant, PackageKey.of(packageUid),
                PackagePatch.of(Item.of(Target.PACKAGE_SERVICE, Action.CREATE, null, item)), null)
                .entity(Target.PACKAGE_SERVICE, PackageService.class);
        org.hibernate.Hibernate.initialize(added.pkg.owner.parent); // the answer names the aggregator
        return added;
    }

    /** A package (as sold) and its items. */
    public record Listing(PackageOffer offer, List<PackageService> items) {
    }

    public Listing of(Tenant tenant, UUID packageUid) {
        PackageOffer offer = offers.get(tenant, packageUid);
        return new Listing(offer, packages.itemsOf(offer.pkg().id));
    }

    /** Removes the item from its package; the service stays. */
    @Transactional
    public void remove(Tenant tenant, UUID itemUid) {
        long[] found = packages.findItem(tenant, itemUid).orElseThrow(() -> new NotFoundException(OBJECT_TYPE, itemUid));
        writer.apply(tenant, PackageKey.of(found[0]),
                PackagePatch.of(Item.of(Target.PACKAGE_SERVICE, Action.DELETE, found[1], null)), null);
    }
}
