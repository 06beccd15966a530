package org.packagecatalogue.catalogue.packages;

import java.math.BigDecimal;
import java.time.Instant;
import org.packagecatalogue.catalogue.owner.Owner;

/** A package as it is sold: the package and its pricing frequency (null when it has none). */
public record PackageOffer(CataloguePackage pkg, PackageFrequency pricing) {

    /** The price per period; zero when the package has no pricing yet. */
    public BigDecimal price() {
        return pricing == null || pricing.price == null ? BigDecimal.ZERO : pricing.price;
    }

    /** Whether it bills monthly (its pricing frequency is Monthly) rather than once. */
    public boolean monthly() {
        return pricing != null && pricing.frequencyType != null && pricing.frequencyType.id == SaleRules.MONTHLY;
    }

    /** On sale at {@code now}: start <= now < expiry, where set. */
    public boolean activeAt(Instant now) {
        return OfferSummary.onSale(pkg.start, pkg.expiry, now);
    }

    /** The distributor that owns it, or null when an aggregator owns it directly. */
    public Owner distributor() {
        return pkg.owner.parent == null ? null : pkg.owner;
    }

    /** The aggregator at the top of its owner's hierarchy. */
    public Owner aggregator() {
        return pkg.owner.parent == null ? pkg.owner : pkg.owner.parent;
    }
}
