package org.packagecatalogue.billing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.platform.ApiFailure;
import org.packagecatalogue.platform.ErrorDialect;
import org.packagecatalogue.platform.ErrorTexts;

/** Errors under /ResourceServer: {trackingId, type, errors: [{code, message}]}, every problem listed. */
@ApplicationScoped
public class BillingErrorDialect implements ErrorDialect {

    static final String BASE = "/ResourceServer/";

    @Override
    public boolean owns(String path) {
        return path.startsWith(BASE);
    }

    @Override
    public Object body(ApiFailure failure, String trackingId) {
        List<BillingEnvelopes.ErrorItem> errors = failure.violations().isEmpty()
                ? List.of(new BillingEnvelopes.ErrorItem(failure.type(), ErrorTexts.cut(failure.message())))
                : ErrorTexts.firstOf(failure.violations().stream().map(BillingErrorDialect::item).toList(),
                        more -> new BillingEnvelopes.ErrorItem("moreProblems", "and " + more + " more problems: correct these and send again"));
        return new BillingEnvelopes.Error(trackingId, failure.type(), errors);
    }

    private static BillingEnvelopes.ErrorItem item(Violation v) {
        return new BillingEnvelopes.ErrorItem(v.code(), ErrorTexts.cut(BillingFieldNames.of(v) + " " + v.detail()));
    }
}
