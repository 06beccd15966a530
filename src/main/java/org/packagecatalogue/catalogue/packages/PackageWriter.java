package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.PreconditionFailedException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.changes.ChangeLog;
import org.packagecatalogue.catalogue.changes.ChangeSet;
import org.packagecatalogue.catalogue.changes.Recorded;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The one way a package or anything it holds changes, whichever dialect asks: every create, update
 * and delete is a {@link PackagePatch}, applied here in one transaction, all of it or (with every
 * problem listed) nothing.
 *
 * <p>One lock: the package's row, taken by the read that loads it, so writers of one package take
 * turns. One version: any change to the package or its contents is a new version (a new ETag), and a
 * caller's If-Match is checked against it. One set of rules: the package's own ({@link PackageRules},
 * {@link SaleRules}) and one {@link ContentRules} per kind of content. Every item is applied in memory
 * first (the session flushes only at the end, so no query sees a half-applied state); the rules that
 * span rows are checked on the final state; only then is anything written, and what changed recorded in
 * the {@link ChangeLog} (a change that changes nothing writes nothing, makes no version and records nothing).
 */
@ApplicationScoped
public class PackageWriter {

    /** Creates and updates run parents first; deletes run children first. */
    private static final List<Target> WRITE_ORDER = List.of(
            Target.PACKAGE_SERVICE, Target.PACKAGE_FREQUENCY, Target.PACKAGE_CURRENCY, Target.USAGE_BUCKET, Target.TIER);
    private static final List<Target> DELETE_ORDER = List.of(
            Target.TIER, Target.USAGE_BUCKET, Target.PACKAGE_CURRENCY, Target.PACKAGE_FREQUENCY, Target.PACKAGE_SERVICE);

    @Inject
    PackageRepository packages;

    @Inject
    PackageDetails details;

    @Inject
    PackageRules packageRules;

    @Inject
    SaleRules saleRules;

    @Inject
    PackageRemoval removal;

    @Inject
    ChangeLog changeLog;

    private final Map<Target, ContentRules> contentRules = new EnumMap<>(Target.class);

    @Inject
    void rules(Instance<ContentRules> all) {
        all.forEach(r -> contentRules.put(r.target(), r));
    }

    /**
     * Applies the change to the package {@code key} names (not read when the change creates the
     * package), if the package is still at {@code expectedVersion} (when given).
     */
    @Transactional
    public PackagePatch.Outcome apply(Tenant tenant, PackageKey key, PackagePatch patch, Long expectedVersion) {
        EntityManager em = packages.getEntityManager();
        FlushModeType previous = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return run(new PatchRun(tenant, patch, packages), key, expectedVersion);
        } finally {
            em.setFlushMode(previous);
        }
    }

    private PackagePatch.Outcome run(PatchRun run, PackageKey key, Long expectedVersion) {
        checkItems(run);
        List<Item> packageItems = run.items(Target.PACKAGE);
        Item packageItem = packageItems.isEmpty() ? null : packageItems.get(0);
        if (packageItems.size() > 1) {
            run.problems.add(Violation.about("packages", Violation.INVALID_VALUE, "must hold at most one item"));
        }
        if (packageItem != null && packageItem.action() == Action.DELETE) {
            return delete(run, packageItem, key, expectedVersion);
        }
        if (packageItem != null && packageItem.action() == Action.CREATE) {
            run.pkg = packageRules.create(run, packageItem);
            run.newPackage = true;
        } else {
            run.pkg = lock(run.tenant, key, expectedVersion);
            if (packageItem != null) {
                packageRules.update(run, packageItem);
            }
        }
        run.items(Target.SALE).forEach(item -> saleRules.write(run, item));
        if (run.patch.items().stream().anyMatch(i -> contentRules.containsKey(i.target()))) {
            run.loadContents(details);
        }
        for (Target target : WRITE_ORDER) {
            run.items(target).stream().filter(i -> i.action() != Action.DELETE).forEach(i -> contentRules.get(target).write(run, i));
        }
        for (Target target : DELETE_ORDER) {
            run.items(target).stream().filter(i -> i.action() == Action.DELETE).forEach(i -> contentRules.get(target).delete(run, i));
        }
        if (run.contentsLoaded) {
            WRITE_ORDER.forEach(target -> contentRules.get(target).checkFinalState(run));
            PackageContents.checkBounds(run);
        }
        run.failIfProblems();

        // what changed, field by field, against what was loaded (before anything is flushed)
        ChangeSet changes = changeLog.changes();
        boolean changed = run.newPackage || !run.toPersist.isEmpty() || !run.toRemove.isEmpty();
        for (Object loaded : run.loaded()) {
            changed |= changes.updated((Recorded) loaded, run.pkg);
        }
        run.toRemove.forEach(removed -> changes.deleted((Recorded) removed, run.pkg));
        if (!changed) {
            // a write that changes nothing: no version, no entry, no event (and nothing to flush)
            return new PackagePatch.Outcome(results(run), run.pkg, run.pricing, null);
        }
        // a new version of the package whatever changed, even only its contents: a different timestamp
        // makes the row dirty, so Hibernate bumps its version (and sets @UpdateTimestamp) in the same UPDATE
        if (!run.newPackage) {
            run.pkg.updated = run.pkg.updated.equals(run.now) ? run.now.plusNanos(1000) : run.now;
        }
        EntityManager em = run.em;
        run.toRemove.forEach(em::remove);
        run.toPersist.forEach(em::persist);
        em.flush();
        run.toPersist.forEach(created -> changes.created((Recorded) created, run.pkg));
        changeLog.write(changes);
        return new PackagePatch.Outcome(results(run), run.pkg, run.pricing, null);
    }

    private static List<PackagePatch.Result> results(PatchRun run) {
        List<PackagePatch.Result> results = new ArrayList<>();
        for (Item item : run.patch.items()) {
            Object entity = run.entityOfItem.get(item);
            boolean deleted = item.action() == Action.DELETE;
            Long id = entity == null ? item.identity() : PatchRun.idOf(entity);
            results.add(new PackagePatch.Result(item, id == null ? run.pkg.id : id, deleted ? null : entity));
        }
        results.sort(Comparator.comparing(r -> r.item().target() != Target.PACKAGE));
        return results;
    }

    private PackagePatch.Outcome delete(PatchRun run, Item packageItem, PackageKey key, Long expectedVersion) {
        if (run.patch.items().size() > 1) {
            throw new InvalidRequestException(Violation.about(run.where(packageItem), Violation.INVALID_VALUE,
                    "deletes the package, so the patch cannot also change its children"));
        }
        run.failIfProblems();
        CataloguePackage pkg = lock(run.tenant, key, expectedVersion);
        ChangeSet changes = changeLog.changes();
        DeletionReport report = removal.remove(pkg, changes);
        changeLog.write(changes);
        List<PackagePatch.Result> results = List.of(new PackagePatch.Result(packageItem, pkg.id, null));
        return new PackagePatch.Outcome(results, null, null, report);
    }

    /**
     * The package, for a change: its row is locked by the read itself until the transaction ends; and
     * if the caller names the version it read (If-Match), a package changed since is refused with a 412.
     */
    private CataloguePackage lock(Tenant tenant, PackageKey key, Long expectedVersion) {
        if (key == null) {
            throw new IllegalArgumentException("a change to an existing package must say which");
        }
        CataloguePackage pkg = packages.lockVisible(tenant, key)
                .orElseThrow(() -> new NotFoundException(PackageCatalogue.OBJECT_TYPE, key.shown()));
        PreconditionFailedException.unlessAt(PackageCatalogue.OBJECT_TYPE, key.shown(), pkg.version, expectedVersion);
        return pkg;
    }

    private static void checkItems(PatchRun run) {
        if (!run.patch.itemsNamed()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (Item item : run.patch.items()) {
            if (item.patchClientId() == null) {
                run.problems.add(Violation.about(item.target().objectType, Violation.REQUIRED, "item has no patchClientId"));
            } else if (!seen.add(item.patchClientId())) {
                run.problems.add(Violation.about(run.where(item), Violation.INVALID_VALUE, "patchClientId is used by more than one item"));
            }
            if (item.action() != Action.CREATE && item.target() != Target.PACKAGE && item.identity() == null) {
                run.problems.add(Violation.about(run.where(item), Violation.REQUIRED,
                        "identity is required to " + item.action().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
    }
}
