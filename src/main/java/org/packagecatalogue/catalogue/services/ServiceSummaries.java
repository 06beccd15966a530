package org.packagecatalogue.catalogue.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.LongSupplier;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.catalogue.PlainReads;
import org.packagecatalogue.catalogue.owner.OwnerIds;
import org.packagecatalogue.catalogue.paging.PageBoundaries;
import org.packagecatalogue.catalogue.tenancy.ScopedSql;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/** The service aggregate's plain-JDBC list ({@link PlainReads}), which streams; filtered on the caller's subtree. */
@ApplicationScoped
public class ServiceSummaries {

    private static final String SELECT = "select s.id, s.uid, s.name, s.description, o.id, o.name, o.kind, o.uid, po.kind, po.uid,"
            + " c.id, c.name, s.created, s.updated, s.version, o.path"
            + " from service s join owner o on o.id = s.owner_id left join owner po on po.id = o.parent_id"
            + " join service_category c on c.id = s.service_category_id";
    /** One service by id, or by public id, with the path of its owner: what a cache needs to apply tenancy to a kept answer. */
    private static final String BY_ID = SELECT + " where " + Tenant.visibleSql("o") + " and s.id = ?";
    private static final String BY_UID = SELECT + " where " + Tenant.visibleSql("o") + " and s.uid = ?";
    private static final ScopedSql LIST = ScopedSql.of("s.owner_id", "o", scope -> SELECT + " where " + scope + " order by s.id limit ?");
    /** From where a page starts ({@link PageBoundaries}): after an id, then an offset, mostly 0. */
    private static final ScopedSql PAGE = ScopedSql.of("s.owner_id", "o",
            scope -> SELECT + " where " + scope + " and s.id > ? order by s.id offset ? limit ?");

    @Inject
    PlainReads reads;

    @Inject
    PageBoundaries boundaries;

    /** The caller's services, by identity, at most {@code limit}. */
    Listing<ServiceSummary> list(Tenant tenant, int limit, LongSupplier total) {
        return reads.open(LIST.of(tenant), statement -> {
            tenant.bindScope(statement, 1);
            statement.setInt(2, limit);
        }, ServiceSummaries::summary, limit, total);
    }

    /** A page of the caller's services, by identity. */
    java.util.List<ServiceSummary> page(Tenant tenant, org.packagecatalogue.catalogue.packages.PageRequest page) {
        return boundaries.page(ServiceCatalogue.OBJECT_TYPE, tenant, page, start -> reads.list(PAGE.of(tenant), statement -> {
            tenant.bindScope(statement, 1);
            statement.setLong(2, start.afterId());
            statement.setLong(3, start.skip());
            statement.setInt(4, start.limit());
        }, ServiceSummaries::summary), ServiceSummary::id);
    }

    /** The caller's service with this id, and the path of its owner; empty when it is missing or outside the caller's tenant. */
    java.util.Optional<ServiceCache.Kept> findKept(Tenant tenant, long id) {
        return reads.list(BY_ID, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setLong(2, id);
        }, row -> new ServiceCache.Kept(summary(row), row.getString(16))).stream().findFirst();
    }

    /** {@link #findKept(Tenant, long)}, by public id. */
    java.util.Optional<ServiceCache.Kept> findKept(Tenant tenant, UUID uid) {
        return reads.list(BY_UID, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setObject(2, uid);
        }, row -> new ServiceCache.Kept(summary(row), row.getString(16))).stream().findFirst();
    }

    private static ServiceSummary summary(ResultSet row) throws SQLException {
        return new ServiceSummary(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                row.getLong(5), row.getString(6), OwnerIds.read(row, 7, 9),
                row.getInt(11), row.getString(12), row.getObject(13, OffsetDateTime.class).toInstant(),
                row.getObject(14, OffsetDateTime.class).toInstant(), row.getLong(15));
    }
}
