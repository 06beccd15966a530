package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An ISO 4217 currency; its id is the numeric code (840 = USD). */
@Entity
@Table(name = "currency")
@Cacheable
public class Currency extends Lookup {

    @Column(columnDefinition = "bpchar(3)")
    public String code;

    @Column(name = "minor_units")
    public int minorUnits;
}
