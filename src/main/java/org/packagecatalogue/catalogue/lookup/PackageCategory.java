package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup seeded by migration: what kind of offering a package is. */
@Entity
@Table(name = "package_category")
@Cacheable
public class PackageCategory extends Lookup {

    /** The category of a package created without one. */
    public static final int DEFAULT_ID = 1;
}
