package org.packagecatalogue.platform;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * Changes nothing in the document; its stage is what it is for. Without a filter to run per request, Quarkus writes the
 * served document as JSON and as YAML at every start, before the service answers; with one, it writes it when a client
 * asks for it (the same bytes, checked against the build's document by the contract tests). The document is asked for
 * rarely (client generation, tooling); a start happens at every scale-up and rollout. bench/NATIVE.md has the figures.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class DocumentWrittenWhenAsked implements OASFilter {
}
