package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.packages.OfferSummary;
import org.packagecatalogue.catalogue.packages.PackageOffer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The mPaaS package record, as the seed answers it. {@code Description} is added only where the
 * whole package is read (GET), never to the update's answer, which is exactly the seed's.
 */
@JsonPropertyOrder({"PackageId", "PackageName", "Description", "DistributorId", "AggregatorId", "SubscriberId", "Type", "Price", "Monthly", "Active"})
@Schema(name = "MpaasPackage", description = "A package, as the mPaaS dialect shows it",
        requiredProperties = {"PackageId", "PackageName", "DistributorId", "AggregatorId", "SubscriberId", "Type", "Price", "Monthly", "Active"})
public record MpaasPackage(
        @JsonProperty("PackageId") String packageId,
        @JsonProperty("PackageName") String packageName,
        @JsonProperty("Description") @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        @JsonProperty("DistributorId") @Schema(nullable = true) String distributorId,
        @JsonProperty("AggregatorId") String aggregatorId,
        @JsonProperty("SubscriberId") @Schema(nullable = true) String subscriberId,
        @JsonProperty("Type") @Schema(nullable = true) String type,
        @JsonProperty("Price") BigDecimal price,
        @JsonProperty("Monthly") boolean monthly,
        @JsonProperty("Active") boolean active) {

    /** The seed's record. */
    static MpaasPackage of(PackageOffer offer, Instant now) {
        return of(offer, now, false);
    }

    /** The record with the description, for reads. */
    static MpaasPackage withDescription(PackageOffer offer, Instant now) {
        return of(offer, now, true);
    }

    /** The record with the description, from a list's row. */
    static MpaasPackage of(OfferSummary offer) {
        return new MpaasPackage(
                MpaasIds.PACKAGE.format(offer.uid()),
                offer.name(),
                offer.description() == null ? "" : offer.description(),
                offer.owners().distributorId(),
                offer.owners().aggregatorId(),
                MpaasIds.SUBSCRIBER.formatAsSent(offer.subscriberId()),
                offer.saleType(),
                offer.price().stripTrailingZeros(),
                offer.monthly(),
                offer.onSale());
    }

    private static MpaasPackage of(PackageOffer offer, Instant now, boolean withDescription) {
        Owner distributor = offer.distributor();
        return new MpaasPackage(
                MpaasIds.PACKAGE.format(offer.pkg().uid),
                offer.pkg().name,
                withDescription ? (offer.pkg().description == null ? "" : offer.pkg().description) : null,
                distributor == null ? null : distributor.publicId(),
                offer.aggregator().publicId(),
                MpaasIds.SUBSCRIBER.formatAsSent(offer.pkg().subscriberId),
                offer.pkg().saleType,
                offer.price().stripTrailingZeros(),
                offer.monthly(),
                offer.activeAt(now));
    }
}
