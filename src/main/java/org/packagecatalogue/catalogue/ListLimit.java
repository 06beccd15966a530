package org.packagecatalogue.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The most items an unpaged list answers (catalogue.list.max-items). A list that reaches it still
 * tells the true total, so a client can see there is more and page through it instead.
 */
@ApplicationScoped
public class ListLimit {

    @ConfigProperty(name = "catalogue.list.max-items", defaultValue = "1000")
    int maxItems;

    public int maxItems() {
        return maxItems;
    }
}
