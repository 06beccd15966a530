package org.packagecatalogue.catalogue.packages;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.packagecatalogue.catalogue.owner.OwnerIds;

/**
 * A package as sold, as a list reads it in one row ({@link PackageSummaries}): no entity, its owners by
 * their public ids, and the terms of its pricing frequency (null when it has none).
 */
public record OfferSummary(
        UUID uid,
        String name,
        String description,
        OwnerIds owners,
        /* as the client wrote it */
        String subscriberId,
        String saleType,
        BigDecimal pricingPrice,
        Integer pricingFrequencyTypeId,
        /* on sale when it was read: start <= now < expiry, where set */
        boolean onSale) {

    /** The price per period; zero when the package has no pricing yet. */
    public BigDecimal price() {
        return pricingPrice == null ? BigDecimal.ZERO : pricingPrice;
    }

    /** Whether it bills monthly (its pricing frequency is Monthly) rather than once. */
    public boolean monthly() {
        return pricingFrequencyTypeId != null && pricingFrequencyTypeId == SaleRules.MONTHLY;
    }

    /** On sale at {@code now}: start <= now < expiry, where set. */
    static boolean onSale(Instant start, Instant expiry, Instant now) {
        return (start == null || !start.isAfter(now)) && (expiry == null || expiry.isAfter(now));
    }
}
