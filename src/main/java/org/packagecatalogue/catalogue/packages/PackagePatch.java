package org.packagecatalogue.catalogue.packages;

import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;

/**
 * Changes to a package and any of its children, applied all together or not at all. Each item says
 * what to do ({@link Action}), carries the caller's own {@code patchClientId} (echoed in its result
 * and in its errors), the {@code identity} of the object for an update or delete, and a draft of the
 * fields to set. A reference to an object created by another item of the same patch is given as that
 * item's patchClientId in {@code clientRefs}.
 */
public record PackagePatch(List<Item> items, boolean itemsNamed) {

    /**
     * A patch whose items the caller named with patchClientIds (the billing PATCH): each must have one,
     * and each problem is located by it. Other changes (a PUT, an mPaaS update) report problems unlocated.
     */
    public static PackagePatch named(List<Item> items) {
        return new PackagePatch(items, true);
    }

    /** A change made of these items, each problem reported without a location. */
    public static PackagePatch of(Item... items) {
        return new PackagePatch(List.of(items), false);
    }

    public static PackagePatch of(List<Item> items) {
        return new PackagePatch(List.copyOf(items), false);
    }

    public enum Action { CREATE, UPDATE, DELETE }

    /** What an item changes; {@code key} is how results and errors name the collection. */
    public enum Target {
        PACKAGE(PackageCatalogue.OBJECT_TYPE),
        /** How the package is sold: its type and subscriber, and the price and cycle of its pricing frequency. */
        SALE("sale"),
        PACKAGE_SERVICE(PackageService.OBJECT_TYPE),
        PACKAGE_FREQUENCY(PackageFrequency.OBJECT_TYPE),
        PACKAGE_CURRENCY(PackageCurrency.OBJECT_TYPE),
        USAGE_BUCKET(UsageBucket.OBJECT_TYPE),
        TIER(Tier.OBJECT_TYPE);

        public final String objectType;

        Target(String objectType) {
            this.objectType = objectType;
        }
    }

    public record Item(Target target, Action action, String patchClientId, Long identity,
                       Draft<?> draft, Map<DraftField, String> clientRefs) {

        /** An unnamed item: what a single-object change is made of. */
        public static Item of(Target target, Action action, Long identity, Draft<?> draft) {
            return new Item(target, action, null, identity, draft, Map.of());
        }
    }

    /** What became of one item: the id of its object, and the object itself (null when deleted). */
    public record Result(Item item, long identity, Object entity) {
    }

    /**
     * The results in the order applied; the package afterwards (null when the patch deleted it) and its
     * pricing frequency when the change read it; the deletion report when the patch deleted the package.
     */
    public record Outcome(List<Result> results, CataloguePackage pkg, PackageFrequency pricing, DeletionReport deletion) {

        /** The object the first item of this target made or changed. */
        public <T> T entity(Target target, Class<T> type) {
            return results.stream().filter(r -> r.item().target() == target).map(r -> type.cast(r.entity()))
                    .findFirst().orElseThrow();
        }
    }
}
