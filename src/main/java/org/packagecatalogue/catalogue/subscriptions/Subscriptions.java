package org.packagecatalogue.catalogue.subscriptions;

import org.packagecatalogue.catalogue.RetriedOnRace;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.packagecatalogue.catalogue.ConflictException;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.changes.ChangeAction;
import org.packagecatalogue.catalogue.changes.ChangeLog;
import org.packagecatalogue.catalogue.packages.CataloguePackage;
import org.packagecatalogue.catalogue.packages.DeletionReport;
import org.packagecatalogue.catalogue.packages.PackageDeletionGuard;
import org.packagecatalogue.catalogue.packages.PackageOffer;
import org.packagecatalogue.catalogue.packages.SaleType;
import org.packagecatalogue.catalogue.packages.PackageOffers;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Selling packages to subscribers. A subscription copies the package's price and billing cycle when
 * it is sold; a package with an active subscription cannot be deleted, in either dialect.
 */
@ApplicationScoped
@RetriedOnRace
public class Subscriptions implements PackageDeletionGuard {

    public static final String OBJECT_TYPE = "subscription";

    /**
     * What a sale needs: who, which package, and optionally the number, the SIM and a type. The subscriber's and the
     * number's ids are the client's, kept as it wrote them.
     */
    public record Sale(String subscriber, UUID packageUid, String number, String iccid, String type) {
    }

    @Inject
    PackageOffers offers;

    @Inject
    EntityManager em;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    org.packagecatalogue.catalogue.packages.PackageRepository packages;

    @Inject
    ChangeLog changeLog;

    @Inject
    org.packagecatalogue.config.CatalogueConfig config;

    @Transactional
    public Subscription sell(Tenant tenant, Sale sale) {
        PackageOffer offer = offers.get(tenant, sale.packageUid());
        // a sale and a delete of the package take turns: the delete then sees this sale (409), or the sale sees no package (404)
        if (!packages.holdForSale(offer.pkg().id)) {
            throw new NotFoundException(org.packagecatalogue.catalogue.packages.PackageCatalogue.OBJECT_TYPE, sale.packageUid());
        }
        List<Violation> problems = new ArrayList<>();
        if (sale.iccid() != null && !sale.iccid().matches("[0-9]{18,22}F?")) {
            problems.add(Violation.of(SubscriptionField.ICCID, Violation.INVALID_VALUE, "must be an ICCID: 18 to 22 digits"));
        }
        SaleType.check(SubscriptionField.TYPE, sale.type(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Subscription s = new Subscription();
        s.uid = UUID.randomUUID();
        s.pkg = offer.pkg();
        s.subscriberId = sale.subscriber();
        s.numberId = sale.number();
        s.iccid = sale.iccid();
        s.saleType = sale.type() != null ? sale.type() : offer.pkg().saleType;
        s.price = offer.price();
        s.monthly = offer.monthly();
        em.persist(s);
        em.flush();
        changeLog.write(changeLog.changes().created(s, offer.pkg(), ChangeAction.SOLD));
        return s;
    }

    @Transactional
    public Subscription cancel(Tenant tenant, UUID uid) {
        Subscription s = get(tenant, uid);
        subscriptions.lock(s.id);
        em.refresh(s);
        if (!s.active) {
            throw new ConflictException("subscription is already cancelled");
        }
        s.active = false;
        s.cancelled = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        changeLog.updated(s, s.pkg, ChangeAction.CANCELLED);
        return s;
    }

    public Subscription get(Tenant tenant, UUID uid) {
        return subscriptions.findVisible(tenant, uid)
                .orElseThrow(() -> new NotFoundException(OBJECT_TYPE, uid));
    }

    /** The package as sold now, and every subscription sold of it, oldest first. */
    public PackageSubscriptions ofPackage(Tenant tenant, UUID packageUid) {
        PackageOffer offer = offers.get(tenant, packageUid);
        List<Subscription> sold = subscriptions.ofPackage(offer.pkg().id, config.list().maxItems());
        return new PackageSubscriptions(offer, sold);
    }

    public record PackageSubscriptions(PackageOffer offer, List<Subscription> subscriptions) {
    }

    /** Cancelled subscriptions go with their package (active ones prevent the delete). */
    @Override
    public List<DeletionReport.Entry> removeDependents(long packageId) {
        return subscriptions.deleteOfPackage(packageId).stream().map(id -> DeletionReport.Entry.dependent(OBJECT_TYPE, id)).toList();
    }

    @Override
    public List<Subscription> dependents(long packageId) {
        return subscriptions.ofPackage(packageId);
    }

    @Override
    public Optional<String> refusal(CataloguePackage pkg) {
        long active = subscriptions.countActive(pkg.id);
        return active == 0 ? Optional.empty() : Optional.of(active + " active subscription(s) use it");
    }
}
