package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.lookup.LookupKind;
import org.packagecatalogue.catalogue.lookup.Lookups;
import org.packagecatalogue.catalogue.packages.PackageDetail.Bucket;
import org.packagecatalogue.catalogue.packages.PackageDetail.Contents;
import org.packagecatalogue.catalogue.packages.PackageDetail.CurrencyLink;
import org.packagecatalogue.catalogue.packages.PackageDetail.CurrencyShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.Frequency;
import org.packagecatalogue.catalogue.packages.PackageDetail.FrequencyShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.Item;
import org.packagecatalogue.catalogue.packages.PackageDetail.Named;
import org.packagecatalogue.catalogue.packages.PackageDetail.ServiceDetail;
import org.packagecatalogue.catalogue.packages.PackageDetail.ServiceShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.TierValue;
import org.packagecatalogue.support.Api;

/**
 * The plain-JDBC read of a package's contents, against rows written in SQL with every column set to a value of its own
 * (and, in a second row of each kind, every nullable column null): a column read into the wrong component, a lookup
 * joined on the wrong reference or a wrong order fails here, whatever the answers' own tests happen to show.
 */
@QuarkusTest
class PackageContentReadsTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.123456Z");
    private static final Instant UPDATED = Instant.parse("2026-02-03T04:05:06.654321Z");

    @Inject
    AgroalDataSource database;

    @Inject
    PackageContentReads reads;

    @Inject
    Lookups lookups;

    @Test
    void everyColumnIsReadIntoItsOwnComponent() throws SQLException {
        long packageId = Api.createPackage(Api.newDistributor().token(), "Contents read in plain SQL");
        long emptyPackageId = Api.createPackage(Api.newDistributor().token(), "Contents: none");
        long owner = value("select owner_id from package where id = ?", packageId);

        long service = value("insert into service (owner_id, name, service_category_id, version) values (?, 'Roaming data', 2, 7)"
                + " returning id", owner);
        long full = value("insert into package_service (package_id, service_id, default_instances, minimum_instances,"
                + " maximum_instances, term_id, usage_class_id, service_category_id,"
                + " is_usage_bucket_share_plan_package_service, price, monthly, item_type, created, updated)"
                + " values (?, ?, 2, 1, 5, 3, 2, 4, true, 12.3456, false, 'voice', ?, ?) returning id",
                packageId, service, at(CREATED), at(UPDATED));
        long bare = value("insert into package_service (package_id, service_id, default_instances, minimum_instances,"
                + " maximum_instances, created, updated) values (?, ?, 1, 0, 1, ?, ?) returning id",
                packageId, service, at(CREATED), at(UPDATED));

        long monthly = value("insert into package_frequency (package_id, owner_id, frequency, frequency_type_id, term_id, sku,"
                + " price, name, is_active, is_usage_bucket_share_plan_package_frequency, counting_rule_id, created, updated)"
                + " values (?, ?, 3, 6, 5, 'SKU-READ', 4.5, 'Quarterly', false, true, 2, ?, ?) returning id",
                packageId, owner, at(CREATED), at(UPDATED));
        long bareFrequency = value("insert into package_frequency (package_id, owner_id, frequency, frequency_type_id,"
                + " created, updated) values (?, ?, 0, 1, ?, ?) returning id", packageId, owner, at(CREATED), at(UPDATED));

        long bucket = value("insert into usage_bucket (package_service_id, name, prorate, is_infinite_last_tier,"
                + " is_threshold_per_account_service, usage_bucket_refill_type_id, refill_frequency, refill_frequency_type_id,"
                + " expire_after_frequency, expire_after_frequency_type_id, expire_after_recurrence,"
                + " is_associated_with_share_plan, account_package_activation, overage_usage_rate_plan_id,"
                + " overage_usage_rate_plan_name, is_shared_across_package, is_bytes_in_binary_unit, usage_bucket_base_unit_id,"
                + " contributions, usage_bucket_notifications, usage_bucket_base)"
                + " values (?, 'Data', true, true, true, 3, 11, 4, 12, 2, 13, true, true, 900, 'Overage plan', true, true, 2,"
                + " '[{\"identity\": 37, \"share\": 0.5, \"nested\": {\"list\": [1, null, \"x\"]}}]'::jsonb,"
                + " '[{\"threshold\": 80}, {}]'::jsonb, '[]'::jsonb) returning id", full);
        long bareBucket = value("insert into usage_bucket (package_service_id, name) values (?, 'Voice') returning id", full);
        // written out of threshold order: the read orders tiers by threshold, not by id
        long upper = value("insert into tier (usage_bucket_id, threshold, flat_charge, money, usage_unit_id, currency_id,"
                + " package_frequency_id, price_book_id, price_book_name, tier_override)"
                + " values (?, 50, 1.5, 0.25, 4, 978, ?, 77, 'Book', true) returning id", bucket, monthly);
        long lower = value("insert into tier (usage_bucket_id, threshold) values (?, 0) returning id", bucket);

        long euro = value("insert into package_currency (package_id, currency_id) values (?, 978) returning id", packageId);
        long dollar = value("insert into package_currency (package_id, currency_id) values (?, 840) returning id", packageId);

        ServiceShown shown = new ServiceShown(service, "Roaming data", 7);
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("list", Arrays.asList(1, null, "x"));
        Map<String, Object> contribution = new LinkedHashMap<>();
        contribution.put("identity", 37);
        contribution.put("share", 0.5);
        contribution.put("nested", nested);

        Contents expected = new Contents(
                List.of(new ServiceDetail(new Item(full, shown, 2, 1, 5, new Named(3, "3 Months"), new Named(2, "Voice"),
                                new Named(4, "Equipment"), true, new BigDecimal("12.345600"), false, "voice", CREATED, UPDATED),
                                List.of(new Bucket(bucket, full, "Data", true, true, true, new Named(3, "Rollover"), 11,
                                                new Named(4, "Weekly"), 12, new Named(2, "Annual"), 13, true, true, 900L,
                                                "Overage plan", true, true, new Named(2, "Seconds"), List.of(contribution),
                                                List.of(Map.of("threshold", 80), Map.of()), List.of(),
                                                List.of(new TierValue(lower, new BigDecimal("0.000000"), null, null, null, null,
                                                                null, null, null, false),
                                                        new TierValue(upper, new BigDecimal("50.000000"),
                                                                new BigDecimal("1.500000"), new BigDecimal("0.250000"),
                                                                new Named(4, "Gigabyte"), new Named(978, "Euro"),
                                                                new FrequencyShown(monthly, "Quarterly"), 77L, "Book", true))),
                                        new Bucket(bareBucket, full, "Voice", false, false, false, null, null, null, null,
                                                null, null, false, false, null, null, false, false, null, null, null, null,
                                                List.of()))),
                        new ServiceDetail(new Item(bare, shown, 1, 0, 1, null, null, null, false, null, null, null,
                                CREATED, UPDATED), List.of())),
                List.of(new Frequency(monthly, 3, new Named(6, "Quarterly"), new Named(5, "12 Months"), "SKU-READ",
                                new BigDecimal("4.500000"), "Quarterly", false, true, new Named(2, "Anniversary"), CREATED, UPDATED),
                        new Frequency(bareFrequency, 0, new Named(1, "Monthly"), null, null, null, null, true, false, null,
                                CREATED, UPDATED)),
                List.of(new CurrencyLink(euro, new CurrencyShown(978, "Euro", "EUR")),
                        new CurrencyLink(dollar, new CurrencyShown(840, "US Dollar", "USD"))));

        Map<Long, Contents> read = reads.read(List.of(emptyPackageId, packageId));

        assertEquals(List.of(emptyPackageId, packageId), List.copyOf(read.keySet()), "every package asked, in the order asked");
        assertEquals(new Contents(List.of(), List.of(), List.of()), read.get(emptyPackageId));
        assertEquals(expected, read.get(packageId));
    }

    @Test
    void aLookupRowAddedAfterItsTableWasReadIsNamed() throws SQLException {
        long packageId = Api.createPackage(Api.newDistributor().token(), "Contents with a new term");
        long service = value("insert into service (owner_id, name, service_category_id)"
                + " select owner_id, 'Service with a new term', 1 from package where id = ? returning id", packageId);
        long item = value("insert into package_service (package_id, service_id, default_instances, minimum_instances,"
                + " maximum_instances, term_id) values (?, ?, 1, 0, 1, 1) returning id", packageId, service);
        assertEquals(new Named(1, "No term"), reads.read(List.of(packageId)).get(packageId).services().get(0).packageService().term(),
                "the terms read");
        try {
            value("insert into term (id, name) values (9001, 'Added by a migration') returning id");
            value("update package_service set term_id = 9001 where id = ? returning id", item);

            assertEquals(new Named(9001, "Added by a migration"),
                    reads.read(List.of(packageId)).get(packageId).services().get(0).packageService().term());
        } finally {
            value("delete from package_service where id = ? returning id", item);
            value("delete from term where id = 9001 returning id");
            lookups.forget(LookupKind.TERM); // the lookup endpoints' own copy read it too
        }
    }

    private static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    /** The single value a statement answers. */
    private long value(String sql, Object... values) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
