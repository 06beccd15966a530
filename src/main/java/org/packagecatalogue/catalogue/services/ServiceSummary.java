package org.packagecatalogue.catalogue.services;

import java.time.Instant;
import java.util.UUID;
import org.packagecatalogue.catalogue.owner.OwnerIds;

/** A service as a read answers it, in one row ({@link ServiceSummaries}): no entity, its owners named and by their public ids. */
public record ServiceSummary(
        long id,
        UUID uid,
        String name,
        String description,
        long ownerId,
        String ownerName,
        OwnerIds owners,
        int categoryId,
        String categoryName,
        Instant created,
        Instant updated,
        long version) {
}
