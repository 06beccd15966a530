package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: how billing periods are counted. */
@Entity
@Table(name = "counting_rule")
@Cacheable
public class CountingRule extends Lookup {
}
