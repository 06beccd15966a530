package org.packagecatalogue.catalogue.packages;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Lookup seeded by migration: what kind of offering a package is. */
@Entity
@Table(name = "package_category")
@Cacheable
public class PackageCategory extends PanacheEntityBase {

    @Id
    public Integer id;

    public String name;

    /** The category of a package created without one. */
    public static final int DEFAULT_ID = 1;
}
