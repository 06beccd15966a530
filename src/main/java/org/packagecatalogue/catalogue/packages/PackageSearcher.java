package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** Runs a {@link PackageSearch} within the caller's tenant: at most {@code top} results, paged, with the total. */
@ApplicationScoped
public class PackageSearcher {

    @Inject
    PackageRepository packages;

    public Page<CataloguePackage> search(Tenant tenant, PackageSearch search) {
        PackageSearchQuery query = PackageSearchQuery.of(search);
        long offset = search.page().offset();
        Long total = search.page().excludeTotalCount() ? null : Math.min(packages.countSearch(tenant, query), search.top());
        if (offset >= search.top()) {
            return new Page<>(List.of(), total);
        }
        int limit = (int) Math.min(search.page().pageSize(), search.top() - offset);
        return new Page<>(packages.search(tenant, query, offset, limit), total);
    }
}
