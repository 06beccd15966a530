package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Packages as they are sold (what the mPaaS dialect calls a package): the same rows, rules and
 * tenancy as {@link PackageCatalogue}, plus the sale terms. The price and the billing cycle live on
 * the package's pricing frequency, its first frequency: Monthly, or One-time when not monthly.
 */
@ApplicationScoped
public class PackageOffers {

    static final int MONTHLY = 1;
    static final int ONE_TIME = 3;

    public enum Filter { ALL, ACTIVE, INACTIVE }

    private static final String VISIBLE = "from CataloguePackage p join fetch p.owner o left join fetch o.parent"
            + " join fetch p.category join fetch p.defaultAccountPackageStatusType where o.path like :scope";

    @Inject
    PackageCatalogue catalogue;

    @Inject
    EntityManager em;

    @Inject
    org.packagecatalogue.catalogue.ListLimit listLimit;

    public PackageOffer get(Tenant tenant, UUID uid) {
        List<CataloguePackage> found = em.createQuery(VISIBLE + " and p.uid = :uid", CataloguePackage.class)
                .setParameter("scope", tenant.subtreePattern()).setParameter("uid", uid).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException(PackageCatalogue.OBJECT_TYPE, uid);
        }
        return offers(found).get(0);
    }

    /** The caller's packages, oldest first, filtered by whether they are on sale at {@code now}; at most the list limit. */
    public List<PackageOffer> list(Tenant tenant, Filter filter, Instant now) {
        String active = "(p.start is null or p.start <= :now) and (p.expiry is null or p.expiry > :now)";
        String where = switch (filter) {
            case ALL -> "";
            case ACTIVE -> " and " + active;
            case INACTIVE -> " and not (" + active + ")";
        };
        var query = em.createQuery(VISIBLE + where + " order by p.id", CataloguePackage.class)
                .setParameter("scope", tenant.subtreePattern())
                .setMaxResults(listLimit.maxItems());
        if (filter != Filter.ALL) {
            query.setParameter("now", now);
        }
        return listLimit.read(() -> offers(query.getResultList()));
    }

    @Transactional
    public PackageOffer create(Tenant tenant, Draft<PackageField> fields, Draft<SaleField> sale) {
        List<Violation> problems = new ArrayList<>();
        CataloguePackage pkg = catalogue.newPackage(tenant, fields, problems, null);
        for (SaleField required : SaleField.values()) {
            if (required != SaleField.SUBSCRIBER && !sale.has(required)) {
                problems.add(Violation.required(required.key()));
            }
        }
        PackageFrequency pricing = new PackageFrequency();
        applySale(sale, pkg, pricing, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        em.persist(pkg);
        newPricing(pkg, pricing);
        em.persist(pricing);
        em.flush();
        return get(tenant, pkg.uid);
    }

    /** Changes only what was sent; the pricing frequency is created if the package had none. */
    @Transactional
    public PackageOffer update(Tenant tenant, UUID uid, Draft<PackageField> fields, Draft<SaleField> sale, Long expectedVersion) {
        PackageOffer found = get(tenant, uid);
        catalogue.getForWrite(tenant, found.pkg().id, expectedVersion);
        PackageOffer offer = get(tenant, uid);
        CataloguePackage pkg = offer.pkg();
        List<Violation> problems = new ArrayList<>();
        catalogue.applyFields(fields, pkg, problems, null);
        boolean newPricing = offer.pricing() == null;
        PackageFrequency pricing = newPricing ? new PackageFrequency() : offer.pricing();
        applySale(sale, pkg, pricing, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = now();
        pkg.updated = now;
        pricing.updated = now;
        if (newPricing && (sale.has(SaleField.PRICE) || sale.has(SaleField.MONTHLY))) {
            newPricing(pkg, pricing);
            em.persist(pricing);
        }
        em.flush();
        return get(tenant, uid);
    }

    @Transactional
    public DeletionReport delete(Tenant tenant, UUID uid, Long expectedVersion) {
        return catalogue.delete(tenant, get(tenant, uid).pkg().id, expectedVersion);
    }

    private void applySale(Draft<SaleField> sale, CataloguePackage pkg, PackageFrequency pricing, List<Violation> problems) {
        List<Violation> local = new ArrayList<>(sale.readProblems());
        DraftRules<SaleField> rules = new DraftRules<>(sale, local, em);
        rules.requiredText(SaleField.TYPE, SaleType.MAX_LENGTH, v -> pkg.saleType = v);
        if (sale.has(SaleField.SUBSCRIBER) && !sale.isUnreadable(SaleField.SUBSCRIBER)) {
            String subscriber = sale.text(SaleField.SUBSCRIBER);
            pkg.subscriberUid = subscriber == null ? null : UUID.fromString(subscriber);
        }
        rules.decimal(SaleField.PRICE, BigDecimal.ZERO, false, v -> pricing.price = v);
        rules.flag(SaleField.MONTHLY, monthly -> {
            pricing.frequencyType = em.getReference(FrequencyType.class, monthly ? MONTHLY : ONE_TIME);
            pricing.name = monthly ? "Monthly" : "One-time";
        });
        problems.addAll(local);
    }

    private void newPricing(CataloguePackage pkg, PackageFrequency pricing) {
        Instant now = now();
        pricing.pkg = pkg;
        pricing.owner = pkg.owner;
        pricing.frequency = 1;
        pricing.active = true;
        if (pricing.frequencyType == null) {
            pricing.frequencyType = em.getReference(FrequencyType.class, ONE_TIME);
            pricing.name = "One-time";
        }
        if (pricing.price == null) {
            pricing.price = BigDecimal.ZERO;
        }
        pricing.created = now;
        pricing.updated = now;
    }

    /** Each package with its pricing frequency: one more statement for all of them. */
    private List<PackageOffer> offers(List<CataloguePackage> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        List<PackageFrequency> pricing = em.createQuery("select f from PackageFrequency f join fetch f.frequencyType"
                        + " where f.pkg.id in :ids and f.id = (select min(g.id) from PackageFrequency g where g.pkg = f.pkg)",
                        PackageFrequency.class)
                .setParameter("ids", packages.stream().map(p -> p.id).toList())
                .getResultList();
        Map<Long, PackageFrequency> byPackage = new HashMap<>();
        pricing.forEach(f -> byPackage.put(f.pkg.id, f));
        return packages.stream().map(p -> new PackageOffer(p, byPackage.get(p.id))).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
