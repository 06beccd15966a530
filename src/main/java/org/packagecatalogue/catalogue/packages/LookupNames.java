package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.packagecatalogue.catalogue.lookup.LookupEntry;
import org.packagecatalogue.catalogue.lookup.LookupKind;
import org.packagecatalogue.catalogue.lookup.Lookups;
import org.packagecatalogue.catalogue.packages.PackageDetail.CurrencyShown;
import org.packagecatalogue.catalogue.packages.PackageDetail.Named;

/**
 * The lookup rows a package's contents refer to, as {@link PackageDetail}'s values, from the tables {@link Lookups} reads
 * once per process. Each row is one object shared by every kept Detail (those were most of a kept Detail's heap when
 * each reference had its own). Only a migration adds a row: one this process has not seen has its table read again.
 */
@ApplicationScoped
class LookupNames {

    /** A lookup table as values, by id; for currencies, also with their codes. */
    private record Table(Map<Integer, Named> named, Map<Integer, CurrencyShown> currencies) {
    }

    @Inject
    Lookups lookups;

    private final Map<LookupKind, Table> tables = new ConcurrentHashMap<>();

    Named named(LookupKind kind, int id) {
        return row(kind, id, Table::named);
    }

    CurrencyShown currency(int id) {
        return row(LookupKind.CURRENCY, id, Table::currencies);
    }

    private <T> T row(LookupKind kind, int id, java.util.function.Function<Table, Map<Integer, T>> part) {
        T row = part.apply(table(kind)).get(id);
        if (row == null) {
            lookups.forget(kind);
            tables.remove(kind);
            row = part.apply(table(kind)).get(id);
        }
        if (row == null) {
            // a foreign key holds every reference: only a row deleted by hand gets here
            throw new IllegalStateException(kind.objectType() + " " + id + " is referred to but is not in its table");
        }
        return row;
    }

    private Table table(LookupKind kind) {
        Table table = tables.get(kind);
        if (table == null) {
            Map<Integer, Named> named = new HashMap<>();
            Map<Integer, CurrencyShown> currencies = new HashMap<>();
            for (LookupEntry entry : lookups.all(kind)) {
                named.put(entry.id(), new Named(entry.id(), entry.name()));
                currencies.put(entry.id(), new CurrencyShown(entry.id(), entry.name(), entry.code()));
            }
            table = new Table(Map.copyOf(named), Map.copyOf(currencies));
            Table raced = tables.putIfAbsent(kind, table);
            table = raced == null ? table : raced;
        }
        return table;
    }
}
