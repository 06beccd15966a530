package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.PageRequest;

/**
 * Paging parameters: the {@code Pagination} request header (JSON), overridden field by field by the
 * query parameters of the same names. Defaults 1 / 20 / false; pageSize above 1000 is refused.
 */
final class PaginationReader {

    static final int DEFAULT_PAGE_SIZE = 20;

    private PaginationReader() {
    }

    static PageRequest read(ObjectMapper mapper, String header, String pageNumber, String pageSize, String excludeTotalCount) {
        List<Violation> problems = new ArrayList<>();
        JsonNode fromHeader = null;
        if (header != null && !header.isBlank()) {
            try {
                fromHeader = mapper.readTree(header);
            } catch (Exception e) {
                fromHeader = null;
            }
            if (fromHeader == null || !fromHeader.isObject()) {
                problems.add(new Violation("Pagination", Violation.MALFORMED,
                        "header must be a JSON object such as {\"pageNumber\":1,\"pageSize\":20,\"excludeTotalCount\":false}"));
                fromHeader = null;
            }
        }
        Integer number = whole("pageNumber", pageNumber, fromHeader, problems);
        Integer size = whole("pageSize", pageSize, fromHeader, problems);
        Boolean exclude = flag("excludeTotalCount", excludeTotalCount, fromHeader, problems);
        int n = number == null ? 1 : number;
        int s = size == null ? DEFAULT_PAGE_SIZE : size;
        if (number != null && n < 1) {
            problems.add(new Violation("pageNumber", Violation.INVALID_VALUE, "must be 1 or more"));
        }
        if (size != null && (s < 1 || s > PageRequest.MAX_PAGE_SIZE)) {
            problems.add(new Violation("pageSize", Violation.INVALID_VALUE, "must be between 1 and " + PageRequest.MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new PageRequest(n, s, exclude != null && exclude);
    }

    private static Integer whole(String name, String query, JsonNode header, List<Violation> problems) {
        if (query != null) {
            try {
                return Integer.valueOf(query.strip());
            } catch (NumberFormatException e) {
                problems.add(Violation.invalidType(name, "a whole number"));
                return null;
            }
        }
        JsonNode value = header == null ? null : header.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            return value.intValue();
        }
        problems.add(Violation.invalidType(name, "a whole number"));
        return null;
    }

    private static Boolean flag(String name, String query, JsonNode header, List<Violation> problems) {
        if (query != null) {
            String v = query.strip();
            if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
                return Boolean.valueOf(v);
            }
            problems.add(Violation.invalidType(name, "true or false"));
            return null;
        }
        JsonNode value = header == null ? null : header.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        problems.add(Violation.invalidType(name, "true or false"));
        return null;
    }
}
