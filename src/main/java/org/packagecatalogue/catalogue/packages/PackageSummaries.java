package org.packagecatalogue.catalogue.packages;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.stat.spi.StatisticsImplementor;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Reads package rows as {@link PackageSummary} with plain JDBC, for the service's hottest reads: a
 * package by id and a page of packages. Through Hibernate, the same single statement cost a session,
 * a query object and a result transformer per request; measured side by side, this path gave get-by-id
 * 1.23–1.36 × the throughput (bench/ANALYSIS.md). Writes and the other reads stay with Hibernate.
 *
 * <p>Inside a transaction the pool hands out the transaction's own connection, so a read here sees
 * what the session has flushed, but it flushes nothing itself: a write that answers through it flushes
 * first ({@link PackageCatalogue#patch} clears the session before its answer; {@code ConcurrencyTest} checks the PATCH's new ETag). Like every
 * query of the core, it filters on the caller's subtree in SQL.
 */
@ApplicationScoped
public class PackageSummaries {

    /** The columns in the order of {@link PackageSummary}'s components; see {@link #summary}. */
    private static final String SELECT = "select p.id, p.name, o.id, o.name, p.created, p.start_at, p.expiry_at,"
            + " p.full_period, p.invoice_detail, p.post_paid, p.bill_on_account_bill_day, s.id, s.name, c.id, c.name,"
            + " p.charge_recurring_if_usage, p.is_global_add_on_eligible, p.description, p.is_quantity_allowed, p.version"
            + " from package p join owner o on o.id = p.owner_id"
            + " join package_category c on c.id = p.package_category_id"
            + " join account_package_status_type s on s.id = p.default_account_package_status_type_id"
            + " where " + Tenant.visibleSql("o");

    private static final String BY_ID = SELECT + " and p.id = ?";
    private static final String PAGE = SELECT + " order by p.id offset ? limit ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    /** The caller's package with this id; empty when it is missing or outside the caller's tenant. */
    public Optional<PackageSummary> find(Tenant tenant, long id) {
        List<PackageSummary> found = read(BY_ID, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setLong(2, id);
        });
        return found.stream().findFirst();
    }

    /** A page of the caller's packages, by identity. */
    public List<PackageSummary> page(Tenant tenant, PageRequest page) {
        return read(PAGE, statement -> {
            statement.setString(1, tenant.subtreePattern());
            statement.setLong(2, page.offset());
            statement.setInt(3, page.pageSize());
        });
    }

    private interface Parameters {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<PackageSummary> read(String sql, Parameters parameters) {
        SessionFactoryImplementor factory = sessionFactory.unwrap(SessionFactoryImplementor.class);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            countStatement(factory);
            parameters.bind(statement);
            List<PackageSummary> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(summary(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            // The same exceptions Hibernate throws (timeouts, lost connections), so they map to the same answers.
            throw factory.getJdbcServices().getSqlExceptionHelper().convert(e, "could not read packages", sql);
        }
    }

    /** Hibernate's statistics, when enabled (tests), count this statement with its own: one count of all SQL. */
    private static void countStatement(SessionFactoryImplementor factory) {
        StatisticsImplementor statistics = factory.getStatistics();
        if (statistics.isStatisticsEnabled()) {
            statistics.prepareStatement();
        }
    }

    private static PackageSummary summary(ResultSet row) throws SQLException {
        return new PackageSummary(row.getLong(1), row.getString(2), row.getLong(3), row.getString(4), instant(row, 5),
                instant(row, 6), instant(row, 7), row.getBoolean(8), row.getString(9), row.getBoolean(10),
                row.getBoolean(11), row.getInt(12), row.getString(13), row.getInt(14), row.getString(15),
                row.getBoolean(16), row.getBoolean(17), row.getString(18), row.getBoolean(19), row.getLong(20));
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
