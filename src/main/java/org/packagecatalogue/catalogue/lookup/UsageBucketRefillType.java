package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: how a usage bucket refills. */
@Entity
@Table(name = "usage_bucket_refill_type")
@Cacheable
public class UsageBucketRefillType extends Lookup {
}
