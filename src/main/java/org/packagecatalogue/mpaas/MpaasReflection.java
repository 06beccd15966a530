package org.packagecatalogue.mpaas;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The mPaaS dialect's answers that the native image cannot discover by itself: entities of
 * {@code Response}s, histories written as paced streams (JsonStreams.paced), and error bodies built in exception
 * mappers (resource methods' declared return types are registered by Quarkus). Jackson serializes them by reflection; nothing else is registered.
 */
@RegisterForReflection(targets = {MpaasErrorDialect.MpaasError.class, MpaasPackage.class, MpaasRecords.class,
        TokenResource.TokenAnswer.class, DistributorResource.NewDistributorAnswer.class, ClientsResource.class, MpaasHistory.class}, ignoreNested = false)
final class MpaasReflection {

    private MpaasReflection() {
    }
}
