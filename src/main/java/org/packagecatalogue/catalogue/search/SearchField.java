package org.packagecatalogue.catalogue.search;

import org.packagecatalogue.catalogue.draft.DraftField;

/** A field a search may filter and order on: each aggregate lists its own, each with a fixed JPQL path. */
public interface SearchField extends DraftField {

    /** Where the field lives in the aggregate's search query; never text from a request. */
    String path();
}
