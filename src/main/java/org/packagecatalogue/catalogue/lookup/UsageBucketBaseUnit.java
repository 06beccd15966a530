package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: the base unit of a usage bucket. */
@Entity
@Table(name = "usage_bucket_base_unit")
@Cacheable
public class UsageBucketBaseUnit extends Lookup {
}
