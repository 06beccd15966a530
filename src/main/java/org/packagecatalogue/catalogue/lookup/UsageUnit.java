package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: the unit usage is measured in. */
@Entity
@Table(name = "usage_unit")
@Cacheable
public class UsageUnit extends Lookup {
}
