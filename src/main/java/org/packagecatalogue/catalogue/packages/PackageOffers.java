package org.packagecatalogue.catalogue.packages;

import org.packagecatalogue.catalogue.RetriedOnRace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.config.CatalogueConfig;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Packages as they are sold (what the mPaaS dialect calls a package): the same rows, rules and
 * tenancy as {@link PackageCatalogue}, plus the sale terms ({@link SaleRules}). Every change goes
 * through {@link PackageWriter}.
 */
@ApplicationScoped
@RetriedOnRace
public class PackageOffers {

    public enum Filter { ALL, ACTIVE, INACTIVE }

    @Inject
    PackageRepository packages;

    @Inject
    PackageWriter writer;

    @Inject
    PackageCache cache;

    @Inject
    CatalogueConfig config;

    public PackageOffer get(Tenant tenant, UUID uid) {
        CataloguePackage pkg = packages.findVisible(tenant, uid)
                .orElseThrow(() -> new NotFoundException(PackageCatalogue.OBJECT_TYPE, uid));
        return new PackageOffer(pkg, packages.pricingOf(pkg.id));
    }

    /** The caller's packages, oldest first, filtered by whether they are on sale at {@code now}; at most the list limit, read as it is written. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Listing<OfferSummary> list(Tenant tenant, Filter filter, Instant now) {
        Boolean active = switch (filter) {
            case ALL -> null;
            case ACTIVE -> true;
            case INACTIVE -> false;
        };
        return cache.offers(tenant, active, now, config.list().maxItems());
    }

    /** Creates a package as sold, with its items (services at their own terms): all of it, or nothing. */
    @Transactional
    public PackageOffer create(Tenant tenant, Draft<PackageField> fields, Draft<SaleField> sale,
                               List<Draft<PackageServiceField>> items) {
        List<Item> change = new java.util.ArrayList<>();
        change.add(Item.of(Target.PACKAGE, Action.CREATE, null, fields));
        change.add(Item.of(Target.SALE, Action.CREATE, null, sale));
        items.forEach(item -> change.add(Item.of(Target.PACKAGE_SERVICE, Action.CREATE, null, item)));
        PackagePatch.Outcome outcome = writer.apply(tenant, null, PackagePatch.of(change), null);
        return get(tenant, outcome.pkg().uid); // one statement loads what the answer names (owner, parent)
    }

    /** Changes only what was sent; the pricing frequency is created if the package had none. */
    @Transactional
    public PackageOffer update(Tenant tenant, UUID uid, Draft<PackageField> fields, Draft<SaleField> sale, Long expectedVersion) {
        PackagePatch.Outcome outcome = writer.apply(tenant, PackageKey.of(uid), PackagePatch.of(
                Item.of(Target.PACKAGE, Action.UPDATE, null, fields),
                Item.of(Target.SALE, Action.UPDATE, null, sale)), expectedVersion);
        org.hibernate.Hibernate.initialize(outcome.pkg().owner.parent); // the answer names the aggregator
        return new PackageOffer(outcome.pkg(), outcome.pricing());
    }

    @Transactional
    public DeletionReport delete(Tenant tenant, UUID uid, Long expectedVersion) {
        return writer.apply(tenant, PackageKey.of(uid), PackagePatch.of(Item.of(Target.PACKAGE, Action.DELETE, null, null)),
                expectedVersion).deletion();
    }
}
