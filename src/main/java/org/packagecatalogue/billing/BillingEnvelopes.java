package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.function.Function;
import org.packagecatalogue.catalogue.Listing;
import org.packagecatalogue.catalogue.packages.Page;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.platform.JsonStreams;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The billing dialect's answer envelopes, field for field as its API documents them. */
public final class BillingEnvelopes {

    private BillingEnvelopes() {
    }

    /** GET {Object}/{id}. */
    public record Instance<T>(String trackingId, T instance) {
    }

    /** GET {Object}/ and AvailableFor lists. */
    public record Items<T>(String trackingId, long totalCount, List<T> items) {
    }

    /**
     * An {@link Items} list as it streams: the same fields, with totalCount after the items (it is known
     * once they are read; JSON's members have no order).
     */
    static <T> StreamingOutput streamed(JsonStreams streams, String trackingId, Listing<T> listing, Function<T, ?> view) {
        return streams.of(listing, (json, rows) -> {
            json.writeStartObject();
            json.writeStringField("trackingId", trackingId);
            json.writeArrayFieldStart("items");
            rows.forEach(item -> json.writeObject(view.apply(item)));
            json.writeEndArray();
            json.writeNumberField("totalCount", rows.total());
            json.writeEndObject();
        });
    }

    /** GET {Object}/Paged: totalCount is null when the caller excluded it. */
    public record Paged<T>(String trackingId, Pagination pagination, PagedResults<T> pagedResults) {
    }

    public record Pagination(int pageNumber, int pageSize, boolean excludeTotalCount) {
    }

    /** The Paged envelope of one page, each item shown by {@code view}. */
    static <T, V> Paged<V> paged(String trackingId, PageRequest request, Page<T> page, Function<T, V> view) {
        return new Paged<>(trackingId, new Pagination(request.pageNumber(), request.pageSize(), request.excludeTotalCount()),
                new PagedResults<>(page.totalCount(), page.items().stream().map(view).toList()));
    }

    public record PagedResults<T>(@Schema(nullable = true) Long totalCount, List<T> items) {
    }

    /** POST, PUT, PATCH, DELETE: type is create, update, patch or delete. */
    public record Write<T>(String trackingId, String type, Results<T> results) {
    }

    public record Results<T>(long totalCount, List<T> items) {
        /** The most rows a removal report lists (the document's maxItems); totalCount counts them all. */
        static final int MAX_REPORTED = 1000;

        public static <T> Results<T> of(List<T> items) {
            return new Results<>(items.size(), items);
        }

        /** A removal report: its first {@link #MAX_REPORTED} rows, and how many there are, as an unpaged list answers. */
        public static <T> Results<T> reported(List<T> items) {
            return new Results<>(items.size(), items.size() <= MAX_REPORTED ? items : List.copyOf(items.subList(0, MAX_REPORTED)));
        }
    }

    /** One row of a deletion report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Removed", description = "One object a delete removed (identity) or detached (lhsId, rhsId)", requiredProperties = {"action", "dtoTypeKey"})
    public record Removed(Long identity, Long foreignKeyIdentity, Long lhsId, Long rhsId, String action, String dtoTypeKey) {
    }

    /** Every error of the billing dialect: all problems at once. */
    public record Error(String trackingId, String type, List<ErrorItem> errors) {
    }

    public record ErrorItem(String code, String message) {
    }
}
