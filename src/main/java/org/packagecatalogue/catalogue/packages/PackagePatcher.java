package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.DraftRules;
import org.packagecatalogue.catalogue.lookup.CountingRule;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.lookup.FrequencyType;
import org.packagecatalogue.catalogue.lookup.ServiceCategory;
import org.packagecatalogue.catalogue.lookup.Term;
import org.packagecatalogue.catalogue.lookup.UsageBucketBaseUnit;
import org.packagecatalogue.catalogue.lookup.UsageBucketRefillType;
import org.packagecatalogue.catalogue.lookup.UsageClass;
import org.packagecatalogue.catalogue.lookup.UsageUnit;
import org.packagecatalogue.catalogue.packages.PackagePatch.Action;
import org.packagecatalogue.catalogue.packages.PackagePatch.Item;
import org.packagecatalogue.catalogue.packages.PackagePatch.Target;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Applies a {@link PackagePatch} in one transaction: all of it, or (with every error listed, each
 * naming its item's patchClientId) nothing.
 *
 * <p>The package's current contents are loaded once, every item is applied in memory (the session
 * flushes only at the end, so no query can write a half-applied state), the rules that span rows
 * (instance counts, tier thresholds, one link per currency, sku per owner) are checked on the final
 * state, and only then is anything written.
 */
@ApplicationScoped
public class PackagePatcher {

    /** Creates and updates run parents first; deletes run children first. */
    private static final List<Target> WRITE_ORDER = List.of(
            Target.PACKAGE_SERVICE, Target.PACKAGE_FREQUENCY, Target.PACKAGE_CURRENCY, Target.USAGE_BUCKET, Target.TIER);
    private static final List<Target> DELETE_ORDER = List.of(
            Target.TIER, Target.USAGE_BUCKET, Target.PACKAGE_CURRENCY, Target.PACKAGE_FREQUENCY, Target.PACKAGE_SERVICE);

    @Inject
    PackageCatalogue catalogue;

    @Inject
    PackageDetails details;

    @Inject
    ServiceCatalogue services;

    @Inject
    EntityManager em;

    @Transactional
    public PackagePatch.Outcome apply(Tenant tenant, long packageId, PackagePatch patch) {
        return apply(tenant, packageId, patch, null);
    }

    /** As {@link #apply(Tenant, long, PackagePatch)}, if the package is still at {@code expectedVersion} (when given). */
    @Transactional
    public PackagePatch.Outcome apply(Tenant tenant, long packageId, PackagePatch patch, Long expectedVersion) {
        FlushModeType previous = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT);
        try {
            return new Run(tenant, patch, expectedVersion).apply(packageId);
        } finally {
            em.setFlushMode(previous);
        }
    }

    /** One patch being applied: its target package, what exists, what the items make of it. */
    private final class Run {

        final Tenant tenant;
        final PackagePatch patch;
        final List<Violation> problems = new ArrayList<>();
        final List<PackagePatch.Result> results = new ArrayList<>();
        final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        CataloguePackage pkg;
        boolean newPackage;
        final Map<Long, PackageService> packageServices = new LinkedHashMap<>();
        final Map<Long, PackageFrequency> frequencies = new LinkedHashMap<>();
        final Map<Long, PackageCurrency> currencies = new LinkedHashMap<>();
        final Map<Long, UsageBucket> buckets = new LinkedHashMap<>();
        final Map<Long, Tier> tiers = new LinkedHashMap<>();
        /** Objects created by this patch, by the patchClientId of the item that created them. */
        final Map<String, Object> createdByClientId = new HashMap<>();
        final List<Object> toPersist = new ArrayList<>();
        final List<Object> toRemove = new ArrayList<>();
        final Set<Object> removed = new HashSet<>();

        final Long expectedVersion;

        Run(Tenant tenant, PackagePatch patch, Long expectedVersion) {
            this.tenant = tenant;
            this.patch = patch;
            this.expectedVersion = expectedVersion;
        }

        PackagePatch.Outcome apply(long packageId) {
            checkItems();
            List<Item> packageItems = patch.items().stream().filter(i -> i.target() == Target.PACKAGE).toList();
            Item packageItem = packageItems.isEmpty() ? null : packageItems.get(0);
            if (packageItems.size() > 1) {
                problems.add(new Violation("packages", Violation.INVALID_VALUE, "must hold at most one item"));
            }
            if (packageItem != null && packageItem.action() == Action.DELETE) {
                if (patch.items().size() > 1) {
                    throw new InvalidRequestException(new Violation(where(packageItem), Violation.INVALID_VALUE,
                            "deletes the package, so the patch cannot also change its children"));
                }
                failIfProblems();
                DeletionReport report = catalogue.delete(tenant, packageId, expectedVersion);
                return new PackagePatch.Outcome(List.of(new PackagePatch.Result(packageItem, packageId)), null, report);
            }
            if (packageItem != null && packageItem.action() == Action.CREATE) {
                pkg = catalogue.newPackage(tenant, draft(packageItem, PackageField.class), problems, where(packageItem));
                newPackage = true;
                toPersist.add(pkg);
                createdByClientId.put(packageItem.patchClientId(), pkg);
            } else {
                pkg = catalogue.getForWrite(tenant, packageId, expectedVersion);
                loadContents();
                if (packageItem != null) {
                    catalogue.applyFields(draft(packageItem, PackageField.class), pkg, problems, where(packageItem));
                }
                pkg.updated = now; // any change to its contents is a new version of the package (a new ETag)
            }
            for (Target target : WRITE_ORDER) {
                for (Item item : items(target)) {
                    if (item.action() != Action.DELETE) {
                        write(item);
                    }
                }
            }
            for (Target target : DELETE_ORDER) {
                for (Item item : items(target)) {
                    if (item.action() == Action.DELETE) {
                        delete(item);
                    }
                }
            }
            checkFinalState();
            failIfProblems();

            toRemove.forEach(em::remove);
            toPersist.forEach(em::persist);
            em.flush();
            if (packageItemOrNull() != null) {
                entityOfItem.put(packageItemOrNull(), pkg);
            }
            for (Item item : patch.items()) {
                Object entity = entityOfItem.get(item);
                results.add(new PackagePatch.Result(item, entity == null ? item.identity() : idOf(entity)));
            }
            results.sort(Comparator.comparing(r -> r.item().target() != Target.PACKAGE));
            long id = pkg.id;
            em.clear();
            PackageDetail after = details.get(tenant, id);
            return new PackagePatch.Outcome(results, after, null);
        }

        private void checkItems() {
            Set<String> seen = new HashSet<>();
            for (Item item : patch.items()) {
                if (item.patchClientId() == null) {
                    problems.add(new Violation(item.target().objectType, Violation.REQUIRED, "item has no patchClientId"));
                } else if (!seen.add(item.patchClientId())) {
                    problems.add(new Violation(where(item), Violation.INVALID_VALUE, "patchClientId is used by more than one item"));
                }
                if (item.action() != Action.CREATE && item.target() != Target.PACKAGE && item.identity() == null) {
                    problems.add(new Violation(where(item), Violation.REQUIRED, "identity is required to " + item.action().name().toLowerCase()));
                }
            }
        }

        private void loadContents() {
            PackageDetail current = details.assemble(List.of(PackageSummary.of(pkg))).get(0);
            for (PackageDetail.ServiceDetail sd : current.services()) {
                packageServices.put(sd.packageService().id, sd.packageService());
                for (UsageBucket bucket : sd.usageBuckets()) {
                    buckets.put(bucket.id, bucket);
                    bucket.tiers.forEach(t -> tiers.put(t.id, t));
                }
            }
            current.frequencies().forEach(f -> frequencies.put(f.id, f));
            current.currencies().forEach(c -> currencies.put(c.id, c));
        }

        private List<Item> items(Target target) {
            return patch.items().stream().filter(i -> i.target() == target).toList();
        }

        // --- creates and updates -------------------------------------------------------------------

        private void write(Item item) {
            switch (item.target()) {
                case PACKAGE_SERVICE -> writePackageService(item);
                case PACKAGE_FREQUENCY -> writeFrequency(item);
                case PACKAGE_CURRENCY -> writeCurrency(item);
                case USAGE_BUCKET -> writeBucket(item);
                case TIER -> writeTier(item);
                default -> throw new IllegalStateException(item.target().name());
            }
        }

        private void writePackageService(Item item) {
            Draft<PackageServiceField> d = draft(item, PackageServiceField.class);
            List<Violation> local = new ArrayList<>();
            DraftRules<PackageServiceField> rules = new DraftRules<>(d, local, em);
            PackageService ps = existingOrNew(item, packageServices, PackageService::new);
            if (ps == null) {
                return;
            }
            if (item.action() == Action.CREATE) {
                ps.pkg = pkg;
                ps.created = now;
                rules.mustHave(PackageServiceField.SERVICE);
            }
            if (d.has(PackageServiceField.SERVICE)) {
                Long serviceId = d.id(PackageServiceField.SERVICE);
                if (serviceId == null) {
                    rules.required(PackageServiceField.SERVICE);
                } else {
                    CatalogueService service = services.findVisible(tenant, serviceId);
                    if (service == null) {
                        local.add(DraftRules.unknown(PackageServiceField.SERVICE, serviceId));
                    } else {
                        ps.service = service;
                    }
                }
            }
            rules.whole(PackageServiceField.DEFAULT_INSTANCES, 0, false, v -> ps.defaultInstances = v);
            rules.whole(PackageServiceField.MINIMUM_INSTANCES, 0, false, v -> ps.minimumInstances = v);
            rules.whole(PackageServiceField.MAXIMUM_INSTANCES, 0, false, v -> ps.maximumInstances = v);
            rules.lookup(PackageServiceField.TERM, Term.class, true, v -> ps.term = v);
            rules.lookup(PackageServiceField.USAGE_CLASS, UsageClass.class, true, v -> ps.usageClass = v);
            rules.lookup(PackageServiceField.SERVICE_CATEGORY, ServiceCategory.class, true, v -> ps.serviceCategory = v);
            rules.flag(PackageServiceField.SHARE_PLAN, v -> ps.usageBucketSharePlan = v);
            ps.updated = now;
            finish(item, ps, local, packageServices);
        }

        private void writeFrequency(Item item) {
            Draft<FrequencyField> d = draft(item, FrequencyField.class);
            List<Violation> local = new ArrayList<>();
            DraftRules<FrequencyField> rules = new DraftRules<>(d, local, em);
            PackageFrequency f = existingOrNew(item, frequencies, PackageFrequency::new);
            if (f == null) {
                return;
            }
            if (item.action() == Action.CREATE) {
                f.pkg = pkg;
                f.owner = pkg.owner;
                f.created = now;
                rules.mustHave(FrequencyField.FREQUENCY_TYPE);
            }
            rules.whole(FrequencyField.FREQUENCY, 0, false, v -> f.frequency = v);
            rules.lookup(FrequencyField.FREQUENCY_TYPE, FrequencyType.class, false, v -> f.frequencyType = v);
            rules.lookup(FrequencyField.TERM, Term.class, true, v -> f.term = v);
            rules.optionalText(FrequencyField.SKU, DraftRules.MAX_NAME, v -> f.sku = v == null || v.isBlank() ? null : v);
            rules.optionalText(FrequencyField.NAME, DraftRules.MAX_NAME, v -> f.name = v);
            rules.flag(FrequencyField.ACTIVE, v -> f.active = v);
            rules.flag(FrequencyField.SHARE_PLAN, v -> f.usageBucketSharePlan = v);
            rules.lookup(FrequencyField.COUNTING_RULE, CountingRule.class, true, v -> f.countingRule = v);
            rules.decimal(FrequencyField.PRICE, BigDecimal.ZERO, true, v -> f.price = v);
            f.updated = now;
            finish(item, f, local, frequencies);
        }

        private void writeCurrency(Item item) {
            Draft<CurrencyField> d = draft(item, CurrencyField.class);
            List<Violation> local = new ArrayList<>();
            DraftRules<CurrencyField> rules = new DraftRules<>(d, local, em);
            PackageCurrency c = existingOrNew(item, currencies, PackageCurrency::new);
            if (c == null) {
                return;
            }
            if (item.action() == Action.CREATE) {
                c.pkg = pkg;
                rules.mustHave(CurrencyField.CURRENCY);
            }
            rules.lookup(CurrencyField.CURRENCY, Currency.class, false, v -> c.currency = v);
            finish(item, c, local, currencies);
        }

        private void writeBucket(Item item) {
            Draft<UsageBucketField> d = draft(item, UsageBucketField.class);
            List<Violation> local = new ArrayList<>();
            DraftRules<UsageBucketField> rules = new DraftRules<>(d, local, em);
            UsageBucket b = existingOrNew(item, buckets, UsageBucket::new);
            if (b == null) {
                return;
            }
            if (item.action() == Action.CREATE) {
                b.created = now;
                PackageService parent = reference(item, d, UsageBucketField.PACKAGE_SERVICE, packageServices, PackageService.class, local);
                if (parent != null) {
                    b.packageService = parent;
                }
                rules.mustHave(UsageBucketField.NAME);
            } else if (d.has(UsageBucketField.PACKAGE_SERVICE) || item.clientRefs().containsKey(UsageBucketField.PACKAGE_SERVICE)) {
                local.add(new Violation(UsageBucketField.PACKAGE_SERVICE.key(), Violation.INVALID_VALUE, "cannot be changed; create a new bucket"));
            }
            rules.requiredText(UsageBucketField.NAME, DraftRules.MAX_NAME, v -> b.name = v);
            rules.flag(UsageBucketField.PRORATE, v -> b.prorate = v);
            rules.flag(UsageBucketField.INFINITE_LAST_TIER, v -> b.infiniteLastTier = v);
            rules.flag(UsageBucketField.THRESHOLD_PER_ACCOUNT_SERVICE, v -> b.thresholdPerAccountService = v);
            rules.lookup(UsageBucketField.REFILL_TYPE, UsageBucketRefillType.class, true, v -> b.refillType = v);
            rules.whole(UsageBucketField.REFILL_FREQUENCY, 0, true, v -> b.refillFrequency = v);
            rules.lookup(UsageBucketField.REFILL_FREQUENCY_TYPE, FrequencyType.class, true, v -> b.refillFrequencyType = v);
            rules.whole(UsageBucketField.EXPIRE_AFTER_FREQUENCY, 0, true, v -> b.expireAfterFrequency = v);
            rules.lookup(UsageBucketField.EXPIRE_AFTER_FREQUENCY_TYPE, FrequencyType.class, true, v -> b.expireAfterFrequencyType = v);
            rules.whole(UsageBucketField.EXPIRE_AFTER_RECURRENCE, 0, true, v -> b.expireAfterRecurrence = v);
            rules.flag(UsageBucketField.ASSOCIATED_WITH_SHARE_PLAN, v -> b.associatedWithSharePlan = v);
            rules.flag(UsageBucketField.ACCOUNT_PACKAGE_ACTIVATION, v -> b.accountPackageActivation = v);
            if (d.has(UsageBucketField.OVERAGE_RATE_PLAN_ID) && !d.isUnreadable(UsageBucketField.OVERAGE_RATE_PLAN_ID)) {
                b.overageUsageRatePlanId = d.id(UsageBucketField.OVERAGE_RATE_PLAN_ID);
            }
            rules.optionalText(UsageBucketField.OVERAGE_RATE_PLAN_NAME, DraftRules.MAX_NAME, v -> b.overageUsageRatePlanName = v);
            rules.flag(UsageBucketField.SHARED_ACROSS_PACKAGE, v -> b.sharedAcrossPackage = v);
            rules.flag(UsageBucketField.BYTES_IN_BINARY_UNIT, v -> b.bytesInBinaryUnit = v);
            rules.lookup(UsageBucketField.BASE_UNIT, UsageBucketBaseUnit.class, true, v -> b.baseUnit = v);
            if (d.has(UsageBucketField.CONTRIBUTIONS) && !d.isUnreadable(UsageBucketField.CONTRIBUTIONS)) {
                b.contributions = d.references(UsageBucketField.CONTRIBUTIONS);
            }
            if (d.has(UsageBucketField.NOTIFICATIONS) && !d.isUnreadable(UsageBucketField.NOTIFICATIONS)) {
                b.notifications = d.references(UsageBucketField.NOTIFICATIONS);
            }
            if (d.has(UsageBucketField.BASES) && !d.isUnreadable(UsageBucketField.BASES)) {
                b.bases = d.references(UsageBucketField.BASES);
            }
            b.updated = now;
            finish(item, b, local, buckets);
        }

        private void writeTier(Item item) {
            Draft<TierField> d = draft(item, TierField.class);
            List<Violation> local = new ArrayList<>();
            DraftRules<TierField> rules = new DraftRules<>(d, local, em);
            Tier t = existingOrNew(item, tiers, Tier::new);
            if (t == null) {
                return;
            }
            if (item.action() == Action.CREATE) {
                UsageBucket parent = reference(item, d, TierField.USAGE_BUCKET, buckets, UsageBucket.class, local);
                if (parent != null) {
                    t.usageBucket = parent;
                }
                rules.mustHave(TierField.THRESHOLD);
            } else if (d.has(TierField.USAGE_BUCKET) || item.clientRefs().containsKey(TierField.USAGE_BUCKET)) {
                local.add(new Violation(TierField.USAGE_BUCKET.key(), Violation.INVALID_VALUE, "cannot be changed; create a new tier"));
            }
            rules.decimal(TierField.THRESHOLD, BigDecimal.ZERO, false, v -> t.threshold = v);
            rules.decimal(TierField.FLAT_CHARGE, BigDecimal.ZERO, true, v -> t.flatCharge = v);
            rules.decimal(TierField.MONEY, BigDecimal.ZERO, true, v -> t.money = v);
            rules.lookup(TierField.USAGE_UNIT, UsageUnit.class, true, v -> t.usageUnit = v);
            rules.lookup(TierField.CURRENCY, Currency.class, true, v -> t.currency = v);
            if (d.has(TierField.PACKAGE_FREQUENCY) || item.clientRefs().containsKey(TierField.PACKAGE_FREQUENCY)) {
                boolean clearing = d.has(TierField.PACKAGE_FREQUENCY) && d.id(TierField.PACKAGE_FREQUENCY) == null
                        && !d.isUnreadable(TierField.PACKAGE_FREQUENCY) && !item.clientRefs().containsKey(TierField.PACKAGE_FREQUENCY);
                if (clearing) {
                    t.packageFrequency = null;
                } else {
                    PackageFrequency f = reference(item, d, TierField.PACKAGE_FREQUENCY, frequencies, PackageFrequency.class, local);
                    if (f != null) {
                        t.packageFrequency = f;
                    }
                }
            }
            if (d.has(TierField.PRICE_BOOK_ID) && !d.isUnreadable(TierField.PRICE_BOOK_ID)) {
                t.priceBookId = d.id(TierField.PRICE_BOOK_ID);
            }
            rules.optionalText(TierField.PRICE_BOOK_NAME, DraftRules.MAX_NAME, v -> t.priceBookName = v);
            rules.flag(TierField.TIER_OVERRIDE, v -> t.tierOverride = v);
            if (item.action() == Action.CREATE && t.usageBucket != null) {
                t.usageBucket.tiers.add(t);
            }
            finish(item, t, local, tiers);
        }

        // --- deletes -------------------------------------------------------------------------------

        private void delete(Item item) {
            switch (item.target()) {
                case TIER -> remove(item, tiers, t -> {
                    t.usageBucket.tiers.remove(t);
                    return List.of();
                });
                case USAGE_BUCKET -> remove(item, buckets, b -> b.tiers);
                case PACKAGE_CURRENCY -> remove(item, currencies, c -> List.of());
                case PACKAGE_FREQUENCY -> remove(item, frequencies, f -> {
                    for (Tier t : tiers.values()) {
                        if (t.packageFrequency == f && !removed.contains(t)) {
                            problems.add(new Violation(where(item), Violation.INVALID_VALUE,
                                    "is used by tier " + t.id + "; delete or change that tier in the same patch"));
                        }
                    }
                    return List.of();
                });
                case PACKAGE_SERVICE -> remove(item, packageServices, ps -> {
                    List<Object> dependents = new ArrayList<>();
                    for (UsageBucket b : buckets.values()) {
                        if (b.packageService == ps && !removed.contains(b)) {
                            dependents.addAll(b.tiers);
                            dependents.add(b);
                        }
                    }
                    return dependents;
                });
                default -> throw new IllegalStateException(item.target().name());
            }
        }

        /** Removes an existing child of the package (and its dependents, children first). */
        private <T> void remove(Item item, Map<Long, T> existing, Function<T, List<?>> dependents) {
            T entity = existing.get(item.identity());
            if (entity == null || removed.contains(entity)) {
                problems.add(notInPackage(item));
                return;
            }
            for (Object dependent : List.copyOf(dependents.apply(entity))) {
                if (removed.add(dependent)) {
                    toRemove.add(dependent);
                }
            }
            removed.add(entity);
            toRemove.add(entity);
        }

        // --- rules over the final state ------------------------------------------------------------

        private void checkFinalState() {
            for (PackageService ps : live(packageServices.values(), PackageService.class)) {
                if (!(ps.minimumInstances <= ps.defaultInstances && ps.defaultInstances <= ps.maximumInstances)) {
                    problems.add(new Violation(whereEntity(ps, Target.PACKAGE_SERVICE), Violation.INVALID_RANGE,
                            "must have minimumInstances <= defaultInstances <= maximumInstances (is "
                                    + ps.minimumInstances + " / " + ps.defaultInstances + " / " + ps.maximumInstances + ")"));
                }
            }
            for (UsageBucket b : live(buckets.values(), UsageBucket.class)) {
                List<Tier> ordered = b.tiers.stream().filter(t -> !removed.contains(t)).filter(t -> t.threshold != null)
                        .sorted(Comparator.comparing(t -> t.threshold)).toList();
                for (int i = 1; i < ordered.size(); i++) {
                    if (ordered.get(i).threshold.compareTo(ordered.get(i - 1).threshold) == 0) {
                        problems.add(new Violation(whereEntity(ordered.get(i), Target.TIER), Violation.INVALID_RANGE,
                                "threshold " + ordered.get(i).threshold.stripTrailingZeros().toPlainString()
                                        + " repeats another tier's: thresholds of a bucket must strictly increase"));
                    }
                }
            }
            Set<Integer> currencyIds = new HashSet<>();
            for (PackageCurrency c : live(currencies.values(), PackageCurrency.class)) {
                if (c.currency != null && !currencyIds.add(c.currency.id)) {
                    problems.add(new Violation(whereEntity(c, Target.PACKAGE_CURRENCY), Violation.INVALID_VALUE,
                            "currency " + c.currency.code + " is already linked to this package"));
                }
            }
            checkSkus();
        }

        /** A sku is unique within the owner's catalogue: within this package, and against the owner's other packages. */
        private void checkSkus() {
            Map<String, PackageFrequency> bySku = new HashMap<>();
            for (PackageFrequency f : live(frequencies.values(), PackageFrequency.class)) {
                if (f.sku != null && bySku.putIfAbsent(f.sku, f) != null) {
                    problems.add(new Violation(whereEntity(f, Target.PACKAGE_FREQUENCY), Violation.INVALID_VALUE,
                            "sku " + f.sku + " is used twice in this package"));
                }
            }
            if (bySku.isEmpty() || newPackage && pkg.owner == null) {
                return;
            }
            List<Object[]> taken = em.createQuery("select f.sku, f.pkg.id from PackageFrequency f"
                            + " where f.owner.id = :owner and f.sku in :skus", Object[].class)
                    .setParameter("owner", pkg.owner.id)
                    .setParameter("skus", bySku.keySet())
                    .getResultList();
            for (Object[] row : taken) {
                boolean thisPackage = !newPackage && row[1].equals(pkg.id);
                if (!thisPackage) {
                    problems.add(new Violation(whereEntity(bySku.get((String) row[0]), Target.PACKAGE_FREQUENCY),
                            Violation.INVALID_VALUE, "sku " + row[0] + " is already used by another package of this owner"));
                }
            }
        }

        // --- helpers -------------------------------------------------------------------------------

        /** The existing child an update names (it must belong to this package), or a new one for a create. */
        private <T> T existingOrNew(Item item, Map<Long, T> existing, java.util.function.Supplier<T> factory) {
            if (item.action() == Action.CREATE) {
                return factory.get();
            }
            T entity = existing.get(item.identity());
            if (entity == null) {
                problems.add(notInPackage(item));
            }
            return entity;
        }

        private <T> void finish(Item item, T entity, List<Violation> local, Map<Long, T> existing) {
            local.forEach(v -> problems.add(new Violation(where(item) + "." + v.field(), v.code(), v.detail())));
            if (item.action() == Action.CREATE) {
                toPersist.add(entity);
                createdByClientId.put(item.patchClientId(), entity);
            }
            entityOfItem.put(item, entity);
        }

        final Map<Item, Object> entityOfItem = new HashMap<>();

        /** The parent an item names: an existing child of this package by id, or one this patch creates. */
        private <F extends Enum<F> & DraftField, T> T reference(Item item, Draft<F> d, F field, Map<Long, T> existing,
                                                                Class<T> type, List<Violation> local) {
            String clientRef = item.clientRefs().get(field);
            if (clientRef != null) {
                Object created = createdByClientId.get(clientRef);
                if (type.isInstance(created)) {
                    return type.cast(created);
                }
                local.add(new Violation(field.key(), Violation.UNKNOWN_REFERENCE,
                        "refers to patchClientId " + clientRef + ", which creates no " + type.getSimpleName() + " earlier in this patch"));
                return null;
            }
            if (!d.has(field) || d.id(field) == null) {
                if (!d.isUnreadable(field)) {
                    local.add(Violation.required(field.key()));
                }
                return null;
            }
            T found = existing.get(d.id(field));
            if (found == null || removed.contains(found)) {
                local.add(new Violation(field.key(), Violation.UNKNOWN_REFERENCE,
                        "refers to " + d.id(field) + ", which is not part of this package"));
            }
            return found;
        }

        /** The rows of one kind as they will be: existing ones not removed, plus those this patch creates. */
        private <T> List<T> live(java.util.Collection<T> existing, Class<T> type) {
            List<T> alive = new ArrayList<>();
            for (T t : existing) {
                if (!removed.contains(t)) {
                    alive.add(t);
                }
            }
            for (Object created : toPersist) {
                if (type.isInstance(created) && !existing.contains(created)) {
                    alive.add(type.cast(created));
                }
            }
            return alive;
        }

        private Item packageItemOrNull() {
            return patch.items().stream().filter(i -> i.target() == Target.PACKAGE).findFirst().orElse(null);
        }

        private long idOf(Object entity) {
            if (entity instanceof CataloguePackage p) {
                return p.id;
            }
            if (entity instanceof PackageService ps) {
                return ps.id;
            }
            if (entity instanceof PackageFrequency f) {
                return f.id;
            }
            if (entity instanceof PackageCurrency c) {
                return c.id;
            }
            if (entity instanceof UsageBucket b) {
                return b.id;
            }
            return ((Tier) entity).id;
        }

        private Violation notInPackage(Item item) {
            return new Violation(where(item), "notFound",
                    item.target().objectType + " " + item.identity() + " is not part of this package");
        }

        /** How errors name an item: its collection and patchClientId. */
        private String where(Item item) {
            return item.target().objectType + "[patchClientId=" + item.patchClientId() + "]";
        }

        private String whereEntity(Object entity, Target target) {
            for (Map.Entry<Item, Object> e : entityOfItem.entrySet()) {
                if (e.getValue() == entity) {
                    return where(e.getKey());
                }
            }
            return target.objectType + "[identity=" + idOf(entity) + "]";
        }

        private void failIfProblems() {
            if (!problems.isEmpty()) {
                throw new InvalidRequestException(problems);
            }
        }

        @SuppressWarnings("unchecked")
        private <F extends Enum<F> & DraftField> Draft<F> draft(Item item, Class<F> fields) {
            return (Draft<F>) item.draft();
        }
    }
}
