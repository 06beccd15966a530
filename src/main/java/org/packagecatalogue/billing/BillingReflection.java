package org.packagecatalogue.billing;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The billing dialect's answers that the native image cannot discover by itself: entities of
 * {@code Response}s, pages written as paced streams (JsonStreams.paced), and error bodies built in exception mappers
 * (resource methods' declared return types are registered by Quarkus). Jackson serializes them by reflection; nothing else is registered.
 */
@RegisterForReflection(targets = {BillingEnvelopes.class, ContentViews.class, PatchResults.class, PackageView.class,
        TokenErrorDialect.TokenError.class, LoginResource.TokenAnswer.class, LookupResource.LookupView.class, HistoryViews.class}, ignoreNested = false)
final class BillingReflection {

    private BillingReflection() {
    }
}
