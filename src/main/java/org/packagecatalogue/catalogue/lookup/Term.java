package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: the commitment term of a service or frequency. */
@Entity
@Table(name = "term")
@Cacheable
public class Term extends Lookup {
}
