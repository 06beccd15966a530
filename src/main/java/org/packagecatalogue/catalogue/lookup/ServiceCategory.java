package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: what kind of service a service is. */
@Entity
@Table(name = "service_category")
@Cacheable
public class ServiceCategory extends Lookup {
}
