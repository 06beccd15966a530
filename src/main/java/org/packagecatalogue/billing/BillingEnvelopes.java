package org.packagecatalogue.billing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

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

    /** GET {Object}/Paged: totalCount is null when the caller excluded it. */
    public record Paged<T>(String trackingId, Pagination pagination, PagedResults<T> pagedResults) {
    }

    public record Pagination(int pageNumber, int pageSize, boolean excludeTotalCount) {
    }

    public record PagedResults<T>(Long totalCount, List<T> items) {
    }

    /** POST, PUT, PATCH, DELETE: type is create, update, patch or delete. */
    public record Write<T>(String trackingId, String type, Results<T> results) {
    }

    public record Results<T>(long totalCount, List<T> items) {
        public static <T> Results<T> of(List<T> items) {
            return new Results<>(items.size(), items);
        }
    }

    /** One row of a deletion report. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Removed(Long identity, Long foreignKeyIdentity, Long lhsId, Long rhsId, String action, String dtoTypeKey) {
    }

    /** Every error of the billing dialect: all problems at once. */
    public record Error(String trackingId, String type, List<ErrorItem> errors) {
    }

    public record ErrorItem(String code, String message) {
    }
}
