package org.packagecatalogue.catalogue.lookup;

/** One row of a lookup table: its id and name, and for a currency its ISO 4217 code (null otherwise). */
public record LookupEntry(int id, String name, String code) {

    static LookupEntry of(Lookup row) {
        return new LookupEntry(row.id, row.name, row instanceof Currency currency ? currency.code : null);
    }
}
