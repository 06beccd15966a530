package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Quarkus's document service, preparing a document when a client first asks for it instead of at start.
 *
 * <p>Quarkus reads the document its build wrote back into a model at every start, whatever the filters, before the
 * service answers; it was the largest step of a native start, and its garbage caused a collection there. The document
 * is asked for rarely (client generation, tooling), while a start happens at every scale-up and rollout. The same
 * preparation runs, with the same filters, on the first ask; the answers are the same bytes (PackagedApplicationIT
 * compares them with the build's). It lives in Quarkus's package because the method the start calls is package-private;
 * Quarkus selects it over its own as an alternative. Only in the packaged application: in dev mode and tests Quarkus
 * loads this class apart from its own package, where the override would not hold.
 */
@IfBuildProfile("prod")
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable
public class DocumentPreparedWhenAsked extends OpenApiDocumentService {

    private final Map<String, Runnable> unprepared = new HashMap<>();

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filtersByStage, String documentName) {
        unprepared.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filtersByStage, documentName));
    }

    @Override
    public synchronized byte[] getDocument(String documentName, Format format) {
        Runnable preparation = unprepared.get(documentName);
        if (preparation != null) {
            preparation.run();
            unprepared.remove(documentName);
        }
        return super.getDocument(documentName, format);
    }
}
