package org.packagecatalogue.catalogue.packages;

import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;

/**
 * The rules of one kind of a package's contents (its services, frequencies, currencies, usage buckets,
 * tiers): how an item creates, changes or removes such a row in a {@link PatchRun}, and what must hold
 * of all of them once every item is applied. {@link PackageWriter} is their only caller.
 */
interface ContentRules {

    Target target();

    /** Applies a create or update item in memory; problems go to the run. */
    void write(PatchRun run, Item item);

    /** Marks the row a delete item names (and what depends on it) for removal; problems go to the run. */
    void delete(PatchRun run, Item item);

    /** The rules that span rows of this kind, checked on the final state. */
    default void checkFinalState(PatchRun run) {
    }
}
