package org.packagecatalogue.catalogue.lookup;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** A row of a lookup table seeded by migration: answered as its id and its name. */
@MappedSuperclass
public abstract class Lookup extends PanacheEntityBase {

    @Id
    public Integer id;

    public String name;
}
