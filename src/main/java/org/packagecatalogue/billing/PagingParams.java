package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.packagecatalogue.catalogue.packages.PageRequest;

/** The paging of every billing {@code …/Paged} read: the Pagination header (JSON) or the query parameters of the same names. */
public class PagingParams {

    @Parameter(description = "JSON: {\"pageNumber\":1,\"pageSize\":20,\"excludeTotalCount\":false}")
    @HeaderParam("Pagination")
    String pagination;

    @QueryParam("pageNumber")
    String pageNumber;

    @QueryParam("pageSize")
    String pageSize;

    @QueryParam("excludeTotalCount")
    String excludeTotalCount;

    /** The page asked for; a 400 in the billing shape when the paging is bad. */
    PageRequest request(ObjectMapper mapper) {
        return PaginationReader.read(mapper, pagination, pageNumber, pageSize, excludeTotalCount);
    }
}
