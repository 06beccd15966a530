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
public record PackagePatch(List<Item> items) {

    public enum Action { CREATE, UPDATE, DELETE }

    /** What an item changes; {@code key} is how results and errors name the collection. */
    public enum Target {
        PACKAGE(PackageCatalogue.OBJECT_TYPE),
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
    }

    /** What became of one item. */
    public record Result(Item item, long identity) {
    }

    /** The results in the order applied, and the package afterwards (null when the patch deleted it). */
    public record Outcome(List<Result> results, PackageDetail after, DeletionReport deletion) {
    }
}
