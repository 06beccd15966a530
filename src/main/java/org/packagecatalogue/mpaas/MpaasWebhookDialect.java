package org.packagecatalogue.mpaas;

import jakarta.enterprise.context.ApplicationScoped;
import org.packagecatalogue.catalogue.changes.ChangeEntry;
import org.packagecatalogue.platform.WebhookDialect;

/** Events for endpoints registered through the mPaaS dialect: data as an mPaaS history entry (PID-…, PackageName…). */
@ApplicationScoped
class MpaasWebhookDialect implements WebhookDialect {

    static final String NAME = "mpaas";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String subject(ChangeEntry entry) {
        var c = entry.change();
        return MpaasHistory.idOf(c.objectType(), c.objectId(), c.objectUid());
    }

    @Override
    public Object data(ChangeEntry entry) {
        return MpaasHistory.Entry.of(entry);
    }
}
