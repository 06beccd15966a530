package org.packagecatalogue.catalogue.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.packagecatalogue.catalogue.NotFoundException;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The history of an aggregate, newest first, from the change log: a package's entries with those of
 * everything it holds and of its subscriptions, or a service's. It outlives the object (a deleted one's
 * history stays readable), and it is the caller's tenant's like the object was: another tenant's history,
 * like an object that never was, is a 404.
 */
@ApplicationScoped
public class History {

    @Inject
    ChangeLogRepository log;

    /** By number (billing) or public id (mPaaS). */
    @Transactional
    public Page<ChangeEntry> of(Tenant tenant, String rootType, Object id, PageRequest request) {
        Long rootId = id instanceof UUID uid ? log.idOfCreated(rootType, uid.toString()).orElse(null) : (Long) id;
        long total = rootId == null ? 0 : log.countOfRoot(tenant, rootType, rootId);
        if (total == 0) {
            throw new NotFoundException(rootType, id);
        }
        List<ChangeEntry> entries = log.pageOfRoot(tenant, rootType, rootId, (int) Math.min(request.offset(), Integer.MAX_VALUE),
                request.pageSize());
        return new Page<>(entries, request.excludeTotalCount() ? null : total);
    }
}
