package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup seeded by migration: the status an account's package starts in. */
@Entity
@Table(name = "account_package_status_type")
@Cacheable
public class AccountPackageStatusType extends Lookup {

    /** 'Enable': the status of a package created without one. */
    public static final int DEFAULT_ID = 1;
}
