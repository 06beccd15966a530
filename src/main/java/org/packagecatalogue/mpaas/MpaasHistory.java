package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.changes.ChangeEntry;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;

/** The mPaaS dialect's history: a package's or a product's committed changes, newest first, in this dialect's names and ids. */
final class MpaasHistory {

    /** How the mPaaS dialect names the core's object types; the others are the core's names, capitalized. */
    private static final Map<String, String> TYPES = Map.of("package", "Package", "packageService", "PackageItem",
            "service", "Product", "subscription", "Subscription");

    private MpaasHistory() {
    }

    @Schema(name = "MpaasHistory")
    record History(@JsonProperty("ObjectId") String objectId, @JsonProperty("PageNumber") int pageNumber,
                   @JsonProperty("PageSize") int pageSize, @JsonProperty("TotalCount") long totalCount,
                   @JsonProperty("History") List<Entry> entries) {

        static History of(String objectId, PageRequest request, Page<ChangeEntry> page) {
            return new History(objectId, request.pageNumber(), request.pageSize(), page.totalCount(),
                    page.items().stream().map(Entry::of).toList());
        }
    }

    @Schema(name = "MpaasHistoryEntry")
    record Entry(
            @JsonProperty("ChangeId") long changeId,
            @JsonProperty("ObjectType") String objectType,
            @JsonProperty("ObjectId") String objectId,
            @JsonProperty("Action") String action,
            @JsonProperty("Version") @Schema(nullable = true) Long version,
            @JsonProperty("OwnerId") @Schema(description = "The owner the object belongs to") long ownerId,
            @JsonProperty("AccountKey") @Schema(nullable = true, description = "The API client that made the change") String accountKey,
            @JsonProperty("TrackingId") @Schema(nullable = true) String trackingId,
            @JsonProperty("Time") Instant time,
            @JsonProperty("Fields") List<Field> fields) {

        static Entry of(ChangeEntry e) {
            var c = e.change();
            return new Entry(e.seq(), TYPES.getOrDefault(c.objectType(), Character.toUpperCase(c.objectType().charAt(0)) + c.objectType().substring(1)),
                    idOf(c.objectType(), c.objectId(), c.objectUid()), c.action().word(), c.version(), c.root().ownerId(), e.actor().clientId(),
                    e.actor().trackingId(), e.changedAt(),
                    c.fields().stream().map(f -> new Field(MpaasFieldNames.ofRecorded(c.objectType(), f.field()), f.before(), f.after())).toList());
        }
    }

    @Schema(name = "MpaasHistoryField")
    record Field(@JsonProperty("Field") String field,
                 @JsonProperty("Before") @Schema(ref = "AnyJsonValue") Object before,
                 @JsonProperty("After") @Schema(ref = "AnyJsonValue") Object after) {
    }

    /** An object's id as this dialect writes it: prefixed where it has a public id of its own, else its number. */
    static String idOf(String objectType, long id, String uid) {
        return switch (objectType) {
            case "package" -> MpaasIds.PACKAGE.format(UUID.fromString(uid));
            case "packageService" -> MpaasRecords.Ids.ITEM.format(UUID.fromString(uid));
            case "service" -> MpaasRecords.Ids.PRODUCT.format(UUID.fromString(uid));
            case "subscription" -> MpaasRecords.Ids.SUBSCRIPTION.format(UUID.fromString(uid));
            default -> String.valueOf(id);
        };
    }

    /** PageNumber (from 1) and PageSize (1 to 1000, 100 unless given). */
    static PageRequest page(String number, String size) {
        return new PageRequest(positive("PageNumber", number, 1, Integer.MAX_VALUE), positive("PageSize", size, 100, PageRequest.MAX_PAGE_SIZE), false);
    }

    private static int positive(String name, String value, int byDefault, int max) {
        if (value == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidRequestException(new Violation(name, Violation.INVALID_VALUE, "must be a whole number from 1 to " + max));
    }
}
