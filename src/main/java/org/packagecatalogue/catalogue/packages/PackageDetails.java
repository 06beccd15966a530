package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Reads packages with their whole contents. However many packages and children there are, this
 * costs a fixed number of statements: the packages, then one query per kind of child for all of
 * them at once (services, buckets with their tiers, frequencies, currencies). No lazy association
 * is ever walked, so there is no N+1. Reads answer values ({@link PackageDetail}) read with plain JDBC
 * ({@link PackageContentReads}) and kept between changes by {@link PackageCache}; writes get the entities
 * ({@link #rowsOf}).
 */
@ApplicationScoped
public class PackageDetails {

    /** A package's contents as entities, which a write changes or deletes. */
    record Rows(List<ServiceRows> services, List<PackageFrequency> frequencies, List<PackageCurrency> currencies) {
    }

    /** A package service with its buckets, each with its tiers. */
    record ServiceRows(PackageService packageService, List<UsageBucket> usageBuckets) {
    }

    @Inject
    PackageCatalogue catalogue;

    @Inject
    PackageRepository repository;

    @Inject
    PackageCache cache;

    @Inject
    PackageContentReads contentReads;

    public PackageDetail get(Tenant tenant, long id) {
        return withContents(List.of(catalogue.summary(tenant, id))).get(0);
    }

    public Page<PackageDetail> page(Tenant tenant, PageRequest request) {
        Page<PackageSummary> page = catalogue.page(tenant, request);
        return new Page<>(withContents(page.items()), page.totalCount());
    }

    /** The packages (already read, so already checked against the tenant) with their contents. */
    private List<PackageDetail> withContents(List<PackageSummary> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        Map<Long, PackageCache.KeptContents> contents = cache.contents(packages.stream().map(PackageSummary::id).toList(), contentReads::read);
        List<PackageDetail> details = new ArrayList<>(packages.size());
        for (PackageSummary pkg : packages) {
            PackageCache.KeptContents kept = contents.get(pkg.id());
            // a package deleted since its summary was read has no contents left
            details.add(kept == null ? new PackageDetail(pkg, EMPTY) : new PackageDetail(pkg, kept.contents(), kept.rendering()));
        }
        return details;
    }

    private static final PackageDetail.Contents EMPTY = new PackageDetail.Contents(List.of(), List.of(), List.of());

    /** The contents of one package as entities, for a write in the same transaction. */
    Rows rowsOf(long packageId) {
        return rowsOf(List.of(packageId)).get(packageId);
    }

    private Map<Long, Rows> rowsOf(List<Long> ids) {
        List<PackageService> services = repository.servicesOf(ids);
        List<UsageBucket> buckets = services.isEmpty() ? List.of() : repository.bucketsOf(services.stream().map(ps -> ps.id).toList());
        List<PackageFrequency> frequencies = repository.frequenciesOf(ids);
        List<PackageCurrency> currencies = repository.currenciesOf(ids);

        Map<Long, List<UsageBucket>> bucketsByService = byKey(buckets, b -> b.packageService.id);
        Map<Long, List<PackageService>> servicesByPackage = byKey(services, ps -> ps.pkg.id);
        Map<Long, List<PackageFrequency>> frequenciesByPackage = byKey(frequencies, f -> f.pkg.id);
        Map<Long, List<PackageCurrency>> currenciesByPackage = byKey(currencies, c -> c.pkg.id);

        Map<Long, Rows> rows = new LinkedHashMap<>();
        for (long id : ids) {
            List<ServiceRows> serviceRows = servicesByPackage.getOrDefault(id, List.of()).stream()
                    .map(ps -> new ServiceRows(ps, bucketsByService.getOrDefault(ps.id, List.of())))
                    .toList();
            rows.put(id, new Rows(serviceRows, frequenciesByPackage.getOrDefault(id, List.of()),
                    currenciesByPackage.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /** Groups rows by the id of their parent; a lazy to-one's id is read without loading it. */
    private static <T> Map<Long, List<T>> byKey(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
