package org.packagecatalogue.platform;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import org.packagecatalogue.catalogue.Listing;

/**
 * The listings a request opened, closed when the request ends, whether or not its answer was written: a
 * HEAD request runs the GET method but writes no body, so its {@code StreamingOutput} never runs and would
 * otherwise leave the listing's connection open. Closing a listing twice does nothing.
 */
@RequestScoped
class OpenListings {

    private final List<Listing<?>> open = new ArrayList<>();

    void add(Listing<?> listing) {
        open.add(listing);
    }

    @PreDestroy
    void closeAll() {
        open.forEach(Listing::close);
        open.clear();
    }
}
