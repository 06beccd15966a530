package org.packagecatalogue.catalogue.webhooks;

import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.FieldKind;

/** The fields of a webhook endpoint an owner sets; each dialect names them in its table. */
public enum WebhookField implements DraftField {
    URL(FieldKind.TEXT),
    EVENT_TYPES(FieldKind.REFERENCES),
    DESCRIPTION(FieldKind.TEXT),
    INCLUDE_DISTRIBUTORS(FieldKind.FLAG);

    private final FieldKind kind;

    WebhookField(FieldKind kind) {
        this.kind = kind;
    }

    @Override
    public FieldKind kind() {
        return kind;
    }

    @Override
    public String recordedIn() {
        return WebhookEndpoint.OBJECT_TYPE;
    }
}
