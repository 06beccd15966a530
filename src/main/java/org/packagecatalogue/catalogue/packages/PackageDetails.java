package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * is ever walked, so there is no N+1.
 */
@ApplicationScoped
public class PackageDetails {

    @Inject
    PackageCatalogue catalogue;

    @Inject
    PackageRepository repository;

    public PackageDetail get(Tenant tenant, long id) {
        return assemble(List.of(catalogue.summary(tenant, id))).get(0);
    }

    public Page<PackageDetail> page(Tenant tenant, PageRequest request) {
        Page<PackageSummary> page = catalogue.page(tenant, request);
        return new Page<>(assemble(page.items()), page.totalCount());
    }

    /** The details of packages already loaded (and so already checked against the tenant). */
    public List<PackageDetail> assemble(List<PackageSummary> packages) {
        if (packages.isEmpty()) {
            return List.of();
        }
        List<Long> ids = packages.stream().map(PackageSummary::id).toList();
        List<PackageService> services = repository.servicesOf(ids);
        List<UsageBucket> buckets = services.isEmpty() ? List.of() : repository.bucketsOf(services.stream().map(ps -> ps.id).toList());
        List<PackageFrequency> frequencies = repository.frequenciesOf(ids);
        List<PackageCurrency> currencies = repository.currenciesOf(ids);

        Map<Long, List<UsageBucket>> bucketsByService = byKey(buckets, b -> b.packageService.id);
        Map<Long, List<PackageService>> servicesByPackage = byKey(services, ps -> ps.pkg.id);
        Map<Long, List<PackageFrequency>> frequenciesByPackage = byKey(frequencies, f -> f.pkg.id);
        Map<Long, List<PackageCurrency>> currenciesByPackage = byKey(currencies, c -> c.pkg.id);

        List<PackageDetail> details = new ArrayList<>(packages.size());
        for (PackageSummary pkg : packages) {
            List<PackageDetail.ServiceDetail> serviceDetails = servicesByPackage.getOrDefault(pkg.id(), List.of()).stream()
                    .map(ps -> new PackageDetail.ServiceDetail(ps, bucketsByService.getOrDefault(ps.id, List.of())))
                    .toList();
            details.add(new PackageDetail(pkg, serviceDetails,
                    frequenciesByPackage.getOrDefault(pkg.id(), List.of()),
                    currenciesByPackage.getOrDefault(pkg.id(), List.of())));
        }
        return details;
    }

    /** Groups rows by the id of their parent; a lazy to-one's id is read without loading it. */
    private static <T> Map<Long, List<T>> byKey(List<T> rows, Function<T, Long> key) {
        return rows.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
    }
}
