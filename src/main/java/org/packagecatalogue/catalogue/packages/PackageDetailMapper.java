package org.packagecatalogue.catalogue.packages;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import org.packagecatalogue.catalogue.lookup.Currency;
import org.packagecatalogue.catalogue.lookup.Lookup;
import org.packagecatalogue.catalogue.services.CatalogueService;

/**
 * A package's contents as read (entities of one session) into {@link PackageDetail}'s values, field by field: the values
 * are named after the entities, so MapStruct pairs them by name and writes the constructor calls at compile time.
 */
@Mapper(unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PackageDetailMapper {

    PackageDetailMapper MAP = new PackageDetailMapperImpl();

    PackageDetail.Contents contents(PackageDetails.Rows rows);

    PackageDetail.ServiceDetail serviceDetail(PackageDetails.ServiceRows rows);

    PackageDetail.Item item(PackageService packageService);

    PackageDetail.ServiceShown serviceShown(CatalogueService service);

    /** One object per lookup row for every kept package, instead of one per reference read (most of a kept Detail's memory). */
    default PackageDetail.Named named(Lookup lookup) {
        return lookup == null ? null : LookupValues.shared(new PackageDetail.Named(lookup.id, lookup.name));
    }

    @Mapping(target = "packageServiceId", source = "packageService.id")
    PackageDetail.Bucket bucket(UsageBucket bucket);

    PackageDetail.TierValue tier(Tier tier);

    PackageDetail.FrequencyShown frequencyShown(PackageFrequency frequency);

    PackageDetail.Frequency frequency(PackageFrequency frequency);

    PackageDetail.CurrencyLink currencyLink(PackageCurrency link);

    default PackageDetail.CurrencyShown currencyShown(Currency currency) {
        return currency == null ? null : LookupValues.shared(new PackageDetail.CurrencyShown(currency.id, currency.name, currency.code));
    }

    /**
     * The values of lookup rows, each kept once. Lookup tables change only by migration, so the set is small and fixed;
     * the bound only guards against a table that grows all the same.
     */
    final class LookupValues {
        private static final int MOST = 10_000;
        private static final java.util.concurrent.ConcurrentMap<Object, Object> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

        private LookupValues() {
        }

        @SuppressWarnings("unchecked")
        static <T> T shared(T value) {
            Object known = SHARED.get(value);
            if (known != null) {
                return (T) known;
            }
            if (SHARED.size() >= MOST) {
                return value;
            }
            Object raced = SHARED.putIfAbsent(value, value);
            return raced == null ? value : (T) raced;
        }
    }
}
