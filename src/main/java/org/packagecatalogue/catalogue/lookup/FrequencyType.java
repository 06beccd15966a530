package org.packagecatalogue.catalogue.lookup;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Lookup: Monthly, Annual, One-time, .... */
@Entity
@Table(name = "frequency_type")
@Cacheable
public class FrequencyType extends Lookup {
}
