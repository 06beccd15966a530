package org.packagecatalogue.billing;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.packagecatalogue.catalogue.changes.ChangeEntry;

/** The billing dialect's history entries: one committed change of one object, its fields in this dialect's names. */
final class HistoryViews {

    private HistoryViews() {
    }

    @Schema(name = "BillingHistoryEntry", description = "One committed change of one object (the package itself, or something it holds or sold).")
    record Entry(
            @Schema(description = "The entry's place in the change log: per object, the order of the commits") long identity,
            @Schema(description = "package, packageService, packageFrequency, packageCurrency, usageBucket, tier, subscription, service")
            String objectType,
            long objectId,
            @Schema(description = "The object's public id") String objectUid,
            @Schema(description = "created, updated, deleted, sold or cancelled") String action,
            @Schema(nullable = true, description = "The object's version after the change (the package's, for what it holds)") Long version,
            long ownerId,
            @Schema(nullable = true, description = "The API client that made the change") String clientId,
            @Schema(nullable = true) Long clientOwnerId,
            @Schema(nullable = true) String trackingId,
            Instant changed,
            List<Field> fields) {

        static Entry of(ChangeEntry e) {
            var c = e.change();
            return new Entry(e.seq(), c.objectType(), c.objectId(), c.objectUid(), c.action().word(), c.version(), c.root().ownerId(),
                    e.actor().clientId(), e.actor().ownerId(), e.actor().trackingId(), e.changedAt(),
                    c.fields().stream().map(f -> new Field(BillingFieldNames.ofRecorded(c.objectType(), f.field()), f.before(), f.after())).toList());
        }
    }

    @Schema(name = "BillingHistoryField", description = "A field the change set: its value before and after (null: none, or no object).")
    record Field(String name,
                 @Schema(ref = "AnyJsonValue") Object before,
                 @Schema(ref = "AnyJsonValue") Object after) {
    }
}
