package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.packagecatalogue.catalogue.search.Search;
import org.packagecatalogue.catalogue.search.SearchQuery;
import org.packagecatalogue.catalogue.search.Searches;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** Runs a {@link Search} over the caller's packages: at most {@code top} results, paged, with the total. */
@ApplicationScoped
public class PackageSearcher {

    @Inject
    PackageRepository packages;

    @Inject
    org.packagecatalogue.catalogue.paging.PageBoundaries pages;

    public Page<CataloguePackage> search(Tenant tenant, Search search) {
        SearchQuery query = SearchQuery.of(search, "p.id");
        return Searches.page(search, query, pages, PackageCatalogue.OBJECT_TYPE, tenant, () -> packages.countSearch(tenant, query),
                (q, skip, limit) -> packages.searchKeys(tenant, q, skip, limit), packages::searched);
    }
}
