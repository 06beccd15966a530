package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.packages.PackageDetail;
import org.packagecatalogue.catalogue.packages.PackagePatch;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer items of a PATCH: what became of each item, with the object as it is now. */
final class PatchResults {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "PatchResult", description = "What became of one PATCH item; instance is the object as it is now (not for deletes)",
            requiredProperties = {"identity", "action", "dtoTypeKey"})
    record ResultItem(long identity, String action, String dtoTypeKey,
            // anyOf, not oneOf: the two cannot both match, and a generated client that coerces scalars would find 1 both a number and a string
            @Schema(description = "The item's patchClientId, as sent", anyOf = {Long.class, String.class}) Object patchClientId,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) Object instance) {
    }

    private PatchResults() {
    }

    static List<ResultItem> of(PackagePatch.Outcome outcome, PackageDetail after, Map<PackagePatch.Item, JsonNode> clientIds) {
        Map<String, Object> views = views(after);
        return outcome.results().stream().map(r -> {
            PackagePatch.Item item = r.item();
            String action = switch (item.action()) {
                case CREATE -> "created";
                case UPDATE -> "updated";
                case DELETE -> "deleted";
            };
            Object instance = item.action() == PackagePatch.Action.DELETE ? null : views.get(key(item.target(), r.identity()));
            return new ResultItem(r.identity(), action, item.target().objectType, clientIds.get(item), instance);
        }).toList();
    }

    /** Every object of the package after the patch, as the billing dialect shows it, by type and id. */
    private static Map<String, Object> views(PackageDetail after) {
        Map<String, Object> views = new HashMap<>();
        if (after == null) {
            return views;
        }
        views.put(key(Target.PACKAGE, after.pkg().id()), PackageView.of(after.pkg()));
        for (PackageDetail.ServiceDetail sd : after.services()) {
            views.put(key(Target.PACKAGE_SERVICE, sd.packageService().id()), BillingViews.MAP.serviceView(sd, after.pkg()));
            for (PackageDetail.Bucket b : sd.usageBuckets()) {
                views.put(key(Target.USAGE_BUCKET, b.id()), BillingViews.MAP.usageBucketView(b));
                for (PackageDetail.TierValue t : b.tiers()) {
                    views.put(key(Target.TIER, t.id()), BillingViews.MAP.tierView(t, b));
                }
            }
        }
        after.frequencies().forEach(f -> views.put(key(Target.PACKAGE_FREQUENCY, f.id()), BillingViews.MAP.frequencyView(f, after.pkg())));
        after.currencies().forEach(c -> views.put(key(Target.PACKAGE_CURRENCY, c.id()), BillingViews.MAP.currencyView(c, after.pkg())));
        return views;
    }

    private static String key(Target target, long id) {
        return target.name() + ":" + id;
    }
}
