package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.PlainReads.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.catalogue.PlainReads;
import org.packagecatalogue.catalogue.owner.OwnerIds;
import org.packagecatalogue.catalogue.paging.PageBoundaries;
import org.packagecatalogue.catalogue.tenancy.ScopedSql;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * The package aggregate's plain-JDBC reads ({@link PlainReads}): a package by id, a page, and the unpaged
 * lists, which stream. They load no entity. Like every query of the core, each filters on the caller's
 * subtree in SQL.
 */
@ApplicationScoped
public class PackageSummaries {

    /** The columns in the order of {@link PackageSummary}'s components; see {@link #summary}. */
    private static final String SELECT_FROM = "select p.id, p.name, o.id, o.name, p.created, p.start_at, p.expiry_at,"
            + " p.full_period, p.invoice_detail, p.post_paid, p.bill_on_account_bill_day, s.id, s.name, c.id, c.name,"
            + " p.charge_recurring_if_usage, p.is_global_add_on_eligible, p.description, p.is_quantity_allowed, p.version"
            + " from package p join owner o on o.id = p.owner_id"
            + " join package_category c on c.id = p.package_category_id"
            + " join account_package_status_type s on s.id = p.default_account_package_status_type_id";
    private static final String SELECT = SELECT_FROM + " where " + Tenant.visibleSql("o");

    private static final String ON_SALE = "(p.start_at is null or p.start_at <= ?) and (p.expiry_at is null or p.expiry_at > ?)";

    private static final String BY_ID = SELECT + " and p.id = ?";
    /** BY_ID, and the path of the package's owner (column 21): what a cache needs to apply tenancy to a kept answer. */
    private static final String BY_ID_WITH_OWNER_PATH = SELECT.replace(", p.version from ", ", p.version, o.path from ") + " and p.id = ?";
    /** From where a page starts ({@link PageBoundaries}): after an id, then an offset, mostly 0. */
    private static final ScopedSql PAGE = scoped(SELECT_FROM, " and p.id > ? order by p.id offset ? limit ?");
    private static final ScopedSql LIST = scoped(SELECT_FROM, " order by p.id limit ?");
    private static final ScopedSql FOR_CURRENCY = scoped(SELECT_FROM,
            " and exists (select 1 from package_currency pc where pc.package_id = p.id and pc.currency_id = ?) and " + ON_SALE
            + " order by p.id limit ?");

    /**
     * The columns of {@link OfferSummary}: the package, its owners' public ids, its pricing (the first frequency)
     * and whether it is on sale (decided here: parsing two timestamps per row cost more than the rest of it).
     */
    private static final String OFFERS = "select p.uid, p.name, p.description, o.kind, o.uid, po.kind, po.uid,"
            + " p.subscriber_id, p.sale_type, f.price, f.frequency_type_id, " + ON_SALE
            + " from package p join owner o on o.id = p.owner_id left join owner po on po.id = o.parent_id"
            + " left join lateral (select g.price, g.frequency_type_id from package_frequency g where g.package_id = p.id"
            + " order by g.id limit 1) f on true";
    private static final ScopedSql ALL_OFFERS = scoped(OFFERS, " order by p.id limit ?");
    private static final ScopedSql OFFERS_ON_SALE = scoped(OFFERS, " and " + ON_SALE + " order by p.id limit ?");
    private static final ScopedSql OFFERS_OFF_SALE = scoped(OFFERS, " and not (" + ON_SALE + ") order by p.id limit ?");

    /** The first moment after a given one at which one of the caller's packages goes on sale or off it (null: none will). */
    private static final ScopedSql NEXT_SALE_CHANGE = scoped("select least(min(p.start_at) filter (where p.start_at > ?),"
            + " min(p.expiry_at) filter (where p.expiry_at > ?)) from package p join owner o on o.id = p.owner_id", "");

    /** A statement of the lists: what {@code from} selects, in the caller's tenant, then {@code rest}. */
    private static ScopedSql scoped(String from, String rest) {
        return ScopedSql.of("p.owner_id", "o", scope -> from + " where " + scope + rest);
    }

    @Inject
    PlainReads reads;

    @Inject
    PageBoundaries boundaries;

    /** The caller's package with this id; empty when it is missing or outside the caller's tenant. */
    public Optional<PackageSummary> find(Tenant tenant, long id) {
        return reads.list(BY_ID, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setLong(2, id);
        }, PackageSummaries::summary).stream().findFirst();
    }

    /** {@link #find}, with the path of the package's owner. */
    Optional<PackageCache.Kept> findKept(Tenant tenant, long id) {
        return reads.list(BY_ID_WITH_OWNER_PATH, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setLong(2, id);
        }, row -> new PackageCache.Kept(summary(row), row.getString(21))).stream().findFirst();
    }

    /** A page of the caller's packages, by identity. */
    public List<PackageSummary> page(Tenant tenant, PageRequest page) {
        return boundaries.page(PackageCatalogue.OBJECT_TYPE, tenant, page, start -> reads.list(PAGE.of(tenant), statement -> {
            tenant.bindScope(statement, 1);
            statement.setLong(2, start.afterId());
            statement.setLong(3, start.skip());
            statement.setInt(4, start.limit());
        }, PackageSummaries::summary), PackageSummary::id);
    }

    /** The caller's packages, by identity, at most {@code limit}. */
    Listing<PackageSummary> list(Tenant tenant, int limit, LongSupplier total) {
        return reads.open(LIST.of(tenant), statement -> {
            tenant.bindScope(statement, 1);
            statement.setInt(2, limit);
        }, PackageSummaries::summary, limit, total);
    }

    /** The caller's packages sold in this currency and on sale at {@code now}, by identity, at most {@code limit}. */
    Listing<PackageSummary> availableForCurrency(Tenant tenant, int currencyId, Instant now, int limit, LongSupplier total) {
        return reads.open(FOR_CURRENCY.of(tenant), statement -> {
            tenant.bindScope(statement, 1);
            statement.setInt(2, currencyId);
            statement.setTimestamp(3, Timestamp.from(now));
            statement.setTimestamp(4, Timestamp.from(now));
            statement.setInt(5, limit);
        }, PackageSummaries::summary, limit, total);
    }

    /** The caller's packages as sold, by identity, that are (true) or are not (false) on sale at {@code now}; null: all. */
    Listing<OfferSummary> offers(Tenant tenant, Boolean onSale, Instant now, int limit) {
        ScopedSql offers = onSale == null ? ALL_OFFERS : onSale ? OFFERS_ON_SALE : OFFERS_OFF_SALE;
        return reads.open(offers.of(tenant), statement -> {
            int parameter = 1;
            statement.setTimestamp(parameter++, Timestamp.from(now));
            statement.setTimestamp(parameter++, Timestamp.from(now));
            tenant.bindScope(statement, parameter++);
            if (onSale != null) {
                statement.setTimestamp(parameter++, Timestamp.from(now));
                statement.setTimestamp(parameter++, Timestamp.from(now));
            }
            statement.setInt(parameter, limit);
        }, PackageSummaries::offer, limit, () -> limit);
    }

    /**
     * The first moment after {@code now} at which one of the caller's packages goes on sale or off it: until then, no
     * package's {@code onSale} differs from what it is at {@code now}. Empty when none will.
     */
    Optional<Instant> nextSaleChange(Tenant tenant, Instant now) {
        return reads.list(NEXT_SALE_CHANGE.of(tenant), statement -> {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(now));
            tenant.bindScope(statement, 3);
        }, row -> Optional.ofNullable(instant(row, 1))).get(0);
    }

    private static PackageSummary summary(ResultSet row) throws SQLException {
        return new PackageSummary(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), instant(row, 5),
                instant(row, 6), instant(row, 7), row.getBoolean(8), row.getString(9), row.getBoolean(10),
                row.getBoolean(11), row.getInt(12), row.getString(13), row.getInt(14), row.getString(15),
                row.getBoolean(16), row.getBoolean(17), row.getString(18), row.getBoolean(19), row.getLong(20));
    }

    private static OfferSummary offer(ResultSet row) throws SQLException {
        return new OfferSummary(row.getObject(1, java.util.UUID.class), row.getString(2), row.getString(3),
                OwnerIds.read(row, 4, 6),
                row.getString(8), row.getString(9), row.getBigDecimal(10),
                row.getObject(11, Integer.class), row.getBoolean(12));
    }
}
