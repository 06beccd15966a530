package org.packagecatalogue.billing;

import jakarta.enterprise.context.ApplicationScoped;
import org.packagecatalogue.catalogue.changes.ChangeEntry;
import org.packagecatalogue.platform.WebhookDialect;

/** Events for endpoints registered through the billing dialect: data as a billing history entry. */
@ApplicationScoped
class BillingWebhookDialect implements WebhookDialect {

    static final String NAME = "billing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String subject(ChangeEntry entry) {
        return entry.change().objectType() + "/" + entry.change().objectId();
    }

    @Override
    public Object data(ChangeEntry entry) {
        return HistoryViews.Entry.of(entry);
    }
}
