package org.packagecatalogue.catalogue.packages;

import static org.packagecatalogue.catalogue.PlainReads.instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.packagecatalogue.catalogue.JsonColumns;
import org.packagecatalogue.catalogue.PlainReads;
import org.packagecatalogue.catalogue.lookup.LookupKind;
import org.packagecatalogue.catalogue.packages.PackageDetail.Bucket;
import org.packagecatalogue.catalogue.packages.PackageDetail.CurrencyLink;
import org.packagecatalogue.catalogue.packages.PackageDetail.Frequency;
import org.packagecatalogue.catalogue.packages.PackageDetail.FrequencyShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.Item;
import org.packagecatalogue.catalogue.packages.PackageDetail.Named;
import org.packagecatalogue.catalogue.packages.PackageDetail.ServiceDetail;
import org.packagecatalogue.catalogue.packages.PackageDetail.ServiceShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.TierValue;

/**
 * The contents of packages read with plain JDBC ({@link PlainReads}) straight into {@link PackageDetail}'s values, in
 * four statements whatever the number of packages: their services, their buckets with their tiers, their frequencies and
 * their currencies. Through Hibernate the same read built entities first, and translated its queries again at every
 * read (a query with a list parameter is not kept translated); a statement here has one text whatever the number of
 * packages ({@code = any(?)}). Lookup rows are named from memory ({@link LookupNames}), not joined: PostgreSQL plans
 * these statements at every execution, and with a join per lookup planning cost ten times the execution. The packages
 * are the caller's already: these statements only follow their foreign keys.
 */
@ApplicationScoped
class PackageContentReads {

    private static final String ITEMS = "select ps.package_id, ps.id, s.id, s.name, s.version, ps.default_instances,"
            + " ps.minimum_instances, ps.maximum_instances, ps.term_id, ps.usage_class_id, ps.service_category_id,"
            + " ps.is_usage_bucket_share_plan_package_service, ps.price, ps.monthly, ps.item_type, ps.created, ps.updated"
            + " from package_service ps join service s on s.id = ps.service_id"
            + " where ps.package_id = any(?) order by ps.id";

    /** A row per tier (one with no tier for a bucket without any). */
    private static final String BUCKETS = "select b.id, b.package_service_id, b.name, b.prorate, b.is_infinite_last_tier,"
            + " b.is_threshold_per_account_service, b.usage_bucket_refill_type_id, b.refill_frequency,"
            + " b.refill_frequency_type_id, b.expire_after_frequency, b.expire_after_frequency_type_id,"
            + " b.expire_after_recurrence, b.is_associated_with_share_plan, b.account_package_activation,"
            + " b.overage_usage_rate_plan_id, b.overage_usage_rate_plan_name, b.is_shared_across_package,"
            + " b.is_bytes_in_binary_unit, b.usage_bucket_base_unit_id, b.contributions, b.usage_bucket_notifications,"
            + " b.usage_bucket_base, t.id, t.threshold, t.flat_charge, t.money, t.usage_unit_id, t.currency_id, f.id, f.name,"
            + " t.price_book_id, t.price_book_name, t.tier_override"
            + " from package_service ps join usage_bucket b on b.package_service_id = ps.id"
            + " left join tier t on t.usage_bucket_id = b.id"
            + " left join package_frequency f on f.id = t.package_frequency_id"
            + " where ps.package_id = any(?) order by b.id, t.threshold, t.id";

    private static final String FREQUENCIES = "select f.package_id, f.id, f.frequency, f.frequency_type_id, f.term_id, f.sku,"
            + " f.price, f.name, f.is_active, f.is_usage_bucket_share_plan_package_frequency, f.counting_rule_id, f.created,"
            + " f.updated from package_frequency f where f.package_id = any(?) order by f.id";

    private static final String CURRENCIES = "select pc.package_id, pc.id, pc.currency_id from package_currency pc"
            + " where pc.package_id = any(?) order by pc.id";

    @Inject
    PlainReads reads;

    @Inject
    JsonColumns json;

    @Inject
    LookupNames names;

    private record Row<T>(long parentId, T value) {
    }

    /** The contents of these packages by package id; a package with none has empty contents. */
    Map<Long, PackageDetail.Contents> read(List<Long> packageIds) {
        Long[] ids = packageIds.toArray(Long[]::new);
        PlainReads.Parameters byPackages = statement -> statement.setObject(1, ids);
        List<Row<Item>> items = reads.list(ITEMS, byPackages, this::item);
        BucketsRead buckets = new BucketsRead();
        if (!items.isEmpty()) {
            reads.each(BUCKETS, byPackages, buckets::add);
        }
        List<Row<Frequency>> frequencies = reads.list(FREQUENCIES, byPackages, this::frequency);
        List<Row<CurrencyLink>> currencies = reads.list(CURRENCIES, byPackages, this::currency);

        Map<Long, List<Bucket>> bucketsByItem = byParent(buckets.done());
        Map<Long, List<ServiceDetail>> servicesByPackage = new HashMap<>();
        for (Row<Item> item : items) {
            servicesByPackage.computeIfAbsent(item.parentId(), id -> new ArrayList<>())
                    .add(new ServiceDetail(item.value(), bucketsByItem.getOrDefault(item.value().id(), List.of())));
        }
        Map<Long, List<Frequency>> frequenciesByPackage = byParent(frequencies);
        Map<Long, List<CurrencyLink>> currenciesByPackage = byParent(currencies);

        Map<Long, PackageDetail.Contents> contents = new LinkedHashMap<>();
        for (long id : packageIds) {
            contents.put(id, new PackageDetail.Contents(servicesByPackage.getOrDefault(id, List.of()),
                    frequenciesByPackage.getOrDefault(id, List.of()), currenciesByPackage.getOrDefault(id, List.of())));
        }
        return contents;
    }

    private static <T> Map<Long, List<T>> byParent(List<Row<T>> rows) {
        Map<Long, List<T>> byParent = new HashMap<>();
        rows.forEach(row -> byParent.computeIfAbsent(row.parentId(), id -> new ArrayList<>()).add(row.value()));
        return byParent;
    }

    private Row<Item> item(ResultSet row) throws SQLException {
        return new Row<>(row.getLong(1), new Item(row.getLong(2),
                new ServiceShown(row.getLong(3), row.getString(4), row.getLong(5)),
                row.getInt(6), row.getInt(7), row.getInt(8), named(LookupKind.TERM, row, 9),
                named(LookupKind.USAGE_CLASS, row, 10), named(LookupKind.SERVICE_CATEGORY, row, 11), row.getBoolean(12),
                row.getBigDecimal(13), row.getObject(14, Boolean.class), row.getString(15), instant(row, 16),
                instant(row, 17)));
    }

    /**
     * Buckets from their rows, a row per tier: a bucket's rows are consecutive (ordered by bucket, then threshold), so its
     * own columns (and JSON) are read once, at its first row, and its tiers gathered until the next bucket's.
     */
    private final class BucketsRead {
        private final List<Row<Bucket>> done = new ArrayList<>();
        private Bucket bucket;
        private final List<TierValue> tiers = new ArrayList<>();

        void add(ResultSet row) throws SQLException {
            if (bucket == null || bucket.id() != row.getLong(1)) {
                finish();
                bucket = new Bucket(row.getLong(1), row.getLong(2), row.getString(3), row.getBoolean(4), row.getBoolean(5),
                        row.getBoolean(6), named(LookupKind.USAGE_BUCKET_REFILL_TYPE, row, 7), row.getObject(8, Integer.class),
                        named(LookupKind.FREQUENCY_TYPE, row, 9), row.getObject(10, Integer.class),
                        named(LookupKind.FREQUENCY_TYPE, row, 11), row.getObject(12, Integer.class), row.getBoolean(13),
                        row.getBoolean(14), row.getObject(15, Long.class), row.getString(16), row.getBoolean(17),
                        row.getBoolean(18), named(LookupKind.USAGE_BUCKET_BASE_UNIT, row, 19), json(row, 20), json(row, 21),
                        json(row, 22), List.of());
            }
            Long tierId = row.getObject(23, Long.class);
            if (tierId != null) {
                tiers.add(new TierValue(tierId, row.getBigDecimal(24), row.getBigDecimal(25), row.getBigDecimal(26),
                        named(LookupKind.USAGE_UNIT, row, 27), named(LookupKind.CURRENCY, row, 28), frequencyShown(row, 29),
                        row.getObject(31, Long.class), row.getString(32), row.getBoolean(33)));
            }
        }

        /** The buckets read, each with its tiers, by their package service. */
        List<Row<Bucket>> done() {
            finish();
            return done;
        }

        private void finish() {
            if (bucket != null) {
                done.add(new Row<>(bucket.packageServiceId(), bucket.withTiers(tiers)));
                bucket = null;
                tiers.clear();
            }
        }
    }

    private Row<Frequency> frequency(ResultSet row) throws SQLException {
        return new Row<>(row.getLong(1), new Frequency(row.getLong(2), row.getInt(3), named(LookupKind.FREQUENCY_TYPE, row, 4),
                named(LookupKind.TERM, row, 5), row.getString(6), row.getBigDecimal(7), row.getString(8), row.getBoolean(9),
                row.getBoolean(10), named(LookupKind.COUNTING_RULE, row, 11), instant(row, 12), instant(row, 13)));
    }

    private Row<CurrencyLink> currency(ResultSet row) throws SQLException {
        return new Row<>(row.getLong(1), new CurrencyLink(row.getLong(2), names.currency(row.getInt(3))));
    }

    /** The lookup row a column refers to; null when the reference is. */
    private Named named(LookupKind kind, ResultSet row, int column) throws SQLException {
        Integer id = row.getObject(column, Integer.class);
        return id == null ? null : names.named(kind, id);
    }

    private static FrequencyShown frequencyShown(ResultSet row, int idColumn) throws SQLException {
        Long id = row.getObject(idColumn, Long.class);
        return id == null ? null : new FrequencyShown(id, row.getString(idColumn + 1));
    }

    /** A JSON column, as Hibernate maps it on the entity. */
    private List<Map<String, Object>> json(ResultSet row, int column) throws SQLException {
        try {
            return json.objects(row.getString(column));
        } catch (IllegalArgumentException e) {
            throw new SQLException("usage bucket column " + column + ": " + e.getMessage(), e);
        }
    }
}
