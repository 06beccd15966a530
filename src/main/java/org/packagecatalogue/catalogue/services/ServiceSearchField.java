package org.packagecatalogue.catalogue.services;

import static org.packagecatalogue.catalogue.draft.FieldKind.*;

import org.packagecatalogue.catalogue.draft.FieldKind;
import org.packagecatalogue.catalogue.search.SearchField;

/** The service fields a search may filter and order on, and where each lives in the query. */
public enum ServiceSearchField implements SearchField {
    IDENTITY(FieldKind.ID, "s.id"),
    ID(FieldKind.ID, "s.id"),
    NAME(TEXT, "s.name"),
    DESCRIPTION(TEXT, "s.description"),
    OWNER_ID(FieldKind.ID, "o.id"),
    OWNER_NAME(TEXT, "o.name"),
    SERVICE_CATEGORY_ID(WHOLE, "s.category.id"),
    SERVICE_CATEGORY_NAME(TEXT, "s.category.name"),
    CREATED(INSTANT, "s.created"),
    UPDATED(INSTANT, "s.updated");

    private final FieldKind kind;
    private final String path;

    ServiceSearchField(FieldKind kind, String path) {
        this.kind = kind;
        this.path = path;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String path() {
        return path;
    }
}
