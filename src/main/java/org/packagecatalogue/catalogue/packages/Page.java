package org.packagecatalogue.catalogue.packages;

import java.util.List;

/** One page of results; {@code totalCount} is null when the caller asked to skip counting. */
public record Page<T>(List<T> items, Long totalCount) {
}
