package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: the class of usage a service carries (Data, Voice, ...). */
@Entity
@Table(name = "usage_class")
@Cacheable
public class UsageClass extends Lookup {
}
