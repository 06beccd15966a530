package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * A package's items: its services, each sold at its own price (what the mPaaS dialect calls package
 * items, PIID-…). Removing an item removes it from the package, never the service itself.
 */
@ApplicationScoped
public class PackageItems {

    public static final String OBJECT_TYPE = "packageItem";

    /** How an item is sold: its price (exact, at least 0), whether monthly, and a free-text type. */
    public record ItemTerms(BigDecimal price, Boolean monthly, String type) {
    }

    /** An item to add: which service (product), and how it is sold. */
    public record ItemOrder(UUID service, ItemTerms terms) {
    }

    @Inject
    PackageOffers offers;

    @Inject
    ServiceCatalogue services;

    @Inject
    EntityManager em;

    @Transactional
    public PackageService add(Tenant tenant, UUID packageUid, UUID serviceUid, ItemTerms terms) {
        PackageOffer offer = offers.get(tenant, packageUid);
        CatalogueService service = services.findVisible(tenant, serviceUid);
        if (service == null) {
            throw new NotFoundException(ServiceCatalogue.OBJECT_TYPE, serviceUid);
        }
        List<Violation> problems = new ArrayList<>();
        if (terms.price() != null && terms.price().signum() < 0) {
            problems.add(new Violation("price", Violation.INVALID_VALUE, "must be 0 or more"));
        }
        SaleType.check(terms.type(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        PackageService item = new PackageService();
        item.pkg = offer.pkg();
        item.service = service;
        item.price = terms.price();
        item.monthly = terms.monthly();
        item.itemType = terms.type();
        item.created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        item.updated = item.created;
        em.persist(item);
        em.flush();
        return item;
    }

    /** Creates a package together with its items: all in one transaction, or nothing. */
    @Transactional
    public PackageOffer createWithItems(Tenant tenant, Draft<PackageField> fields, Draft<SaleField> sale, List<ItemOrder> orders) {
        PackageOffer created = offers.create(tenant, fields, sale);
        for (ItemOrder order : orders) {
            add(tenant, created.pkg().uid, order.service(), order.terms());
        }
        return created;
    }

    /** A package (as sold) and its items. */
    public record Listing(PackageOffer offer, List<PackageService> items) {
    }

    public Listing of(Tenant tenant, UUID packageUid) {
        PackageOffer offer = offers.get(tenant, packageUid);
        return new Listing(offer, em.createQuery("from PackageService ps join fetch ps.service where ps.pkg.id = :id order by ps.id",
                        PackageService.class)
                .setParameter("id", offer.pkg().id).getResultList());
    }

    /** Removes the item (with the usage buckets and tiers it carries) from its package; the service stays. */
    @Transactional
    public PackageService remove(Tenant tenant, UUID itemUid) {
        PackageService item = em.createQuery("from PackageService ps join fetch ps.service join fetch ps.pkg p join fetch p.owner o"
                        + " where o.path like :scope and ps.uid = :uid", PackageService.class)
                .setParameter("scope", tenant.subtreePattern()).setParameter("uid", itemUid)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, itemUid));
        em.createQuery("delete from Tier t where t.usageBucket.id in (select b.id from UsageBucket b where b.packageService.id = :id)")
                .setParameter("id", item.id).executeUpdate();
        em.createQuery("delete from UsageBucket b where b.packageService.id = :id").setParameter("id", item.id).executeUpdate();
        em.createQuery("delete from PackageService ps where ps.id = :id").setParameter("id", item.id).executeUpdate();
        em.detach(item);
        return item;
    }
}
