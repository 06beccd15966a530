package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.Function;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.catalogue.services.ServiceSummary;
import org.packagecatalogue.platform.JsonStreams;
import org.packagecatalogue.catalogue.owner.Owner;
import org.packagecatalogue.catalogue.packages.PackageService;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.subscriptions.Subscription;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mPaaS dialect's records for products, package items and subscriptions. */
final class MpaasRecords {

    private MpaasRecords() {
    }

    /** A product is a service of the catalogue. */
    @Schema(name = "Product")
    record Product(
            @JsonProperty("ProductId") String productId,
            @JsonProperty("ProductName") String productName,
            @JsonProperty("Description") @Schema(nullable = true) String description,
            @JsonProperty("DistributorId") @Schema(nullable = true) String distributorId,
            @JsonProperty("AggregatorId") String aggregatorId,
            @JsonProperty("Active") boolean active) {

        static Product of(CatalogueService s) {
            return new Product(Ids.PRODUCT.format(s.uid), s.name, s.description, distributorOf(s.owner), aggregatorOf(s.owner), true);
        }

        static Product of(ServiceSummary s) {
            return new Product(Ids.PRODUCT.format(s.uid()), s.name(), s.description(), s.owners().distributorId(),
                    s.owners().aggregatorId(), true);
        }
    }

    /** A package item is a service in a package, sold at its own price. */
    @Schema(name = "PackageItem")
    record Item(
            @JsonProperty("PackageItemId") String packageItemId,
            @JsonProperty("PackageId") String packageId,
            @JsonProperty("ProductId") String productId,
            @JsonProperty("AggregatorId") String aggregatorId,
            @JsonProperty("DistributorId") @Schema(nullable = true) String distributorId,
            @JsonProperty("Type") @Schema(nullable = true) String type,
            @JsonProperty("Price") BigDecimal price,
            @JsonProperty("Monthly") boolean monthly,
            @JsonProperty("Active") boolean active) {

        static Item of(PackageService ps, Owner owner, java.util.UUID packageUid) {
            return new Item(Ids.ITEM.format(ps.uid), MpaasIds.PACKAGE.format(packageUid), Ids.PRODUCT.format(ps.service.uid),
                    aggregatorOf(owner), distributorOf(owner), ps.itemType,
                    ps.price == null ? BigDecimal.ZERO : ps.price.stripTrailingZeros(), Boolean.TRUE.equals(ps.monthly), true);
        }
    }

    @Schema(name = "PackageItems")
    record Items(@JsonProperty("PackageId") String packageId, @JsonProperty("PackageItems") List<Item> items) {
    }

    /** A subscription, with the price and cycle it was sold at. */
    @Schema(name = "Subscription")
    record Sold(
            @JsonProperty("SubscriptionId") String subscriptionId,
            @JsonProperty("SubscriberId") String subscriberId,
            @JsonProperty("TNID") @Schema(nullable = true) String tnid,
            @JsonProperty("ICCID") @Schema(nullable = true) String iccid,
            @JsonProperty("PackageId") String packageId,
            @JsonProperty("Type") @Schema(nullable = true) String type,
            @JsonProperty("Price") BigDecimal price,
            @JsonProperty("Monthly") boolean monthly,
            @JsonProperty("Active") boolean active) {

        static Sold of(Subscription s) {
            return new Sold(Ids.SUBSCRIPTION.format(s.uid), MpaasIds.SUBSCRIBER.formatAsSent(s.subscriberId), Ids.NUMBER.formatAsSent(s.numberId),
                    s.iccid, MpaasIds.PACKAGE.format(s.pkg.uid), s.saleType, s.price.stripTrailingZeros(), s.monthly, s.active);
        }
    }

    /** GET /v1.0/packages/subscriptions: the package's fields, then its subscriptions. */
    @Schema(name = "PackageWithSubscriptions", requiredProperties = {"PackageId", "PackageName", "DistributorId", "AggregatorId",
            "SubscriberId", "Type", "Price", "Monthly", "Active", "Subscriptions"})
    record PackageWithSubscriptions(
            @com.fasterxml.jackson.annotation.JsonUnwrapped MpaasPackage pkg,
            @JsonProperty("Subscriptions") List<Sold> subscriptions) {
    }

    /** {"Name": [item, …]}, written as the listing is read ({@link JsonStreams}). */
    static <T> StreamingOutput streamed(JsonStreams streams, String name, Listing<T> listing, Function<T, ?> record) {
        return streams.of(listing, body(name, record));
    }

    /**
     * The same, when the answer depends on nothing but the listing's rows: a kept list is rendered once, under
     * {@code rendering}, which must name {@code name} and {@code record} together (JsonStreams: a StreamingOutput, or
     * the kept bytes).
     */
    static <T> Object streamed(JsonStreams streams, Object rendering, String name, Listing<T> listing,
                                        Function<T, ?> record) {
        return streams.of(listing, rendering, body(name, record));
    }

    private static <T> JsonStreams.Body<T> body(String name, Function<T, ?> record) {
        return (json, listing) -> {
            json.writeStartObject();
            json.writeArrayFieldStart(name);
            listing.forEach(item -> json.writeObject(record.apply(item)));
            json.writeEndArray();
            json.writeEndObject();
        };
    }

    static String distributorOf(Owner owner) {
        return owner.parent == null ? null : owner.publicId();
    }

    static String aggregatorOf(Owner owner) {
        return owner.parent == null ? owner.publicId() : owner.parent.publicId();
    }

    /** The identifiers only this part of the dialect uses. */
    static final class Ids {
        static final Prefixed PRODUCT = new Prefixed("PRID");
        static final Prefixed ITEM = new Prefixed("PIID");
        static final Prefixed SUBSCRIPTION = new Prefixed("SUB");
        static final Prefixed NUMBER = new Prefixed("NID");

        private Ids() {
        }
    }

    /** A prefix-UUID identifier without aliases. */
    record Prefixed(String prefix) implements MpaasIdFormat {
        String format(java.util.UUID uid) {
            return uid == null ? null : prefix + "-" + uid;
        }

        @Override
        public java.util.UUID parse(String field, String value) {
            return MpaasIds.parsePrefixed(field, value, prefix, List.of(prefix));
        }
    }
}
