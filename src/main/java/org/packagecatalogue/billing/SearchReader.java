package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.search.Search;
import org.packagecatalogue.catalogue.search.Search.Condition;
import org.packagecatalogue.catalogue.search.Search.Operator;
import org.packagecatalogue.catalogue.packages.PageRequest;
import org.packagecatalogue.catalogue.search.SearchField;

/**
 * Reads a billing Search body: {query: {top, fields, search: [{name, operator, value, condition}],
 * orderBy: [{name, direction}], pagination: {pageNumber, pageSize}}}. Every unknown field or operator
 * is reported by name, all at once.
 */
final class SearchReader {

    /** A search and the fields the caller wants back (empty: all). */
    record Read(Search search, Set<String> fields) {
    }

    private SearchReader() {
    }

    /** {@code searchable}: the object's searchable field of a billing name, or null. */
    static Read read(ObjectNode body, Set<String> answerableFields, Function<String, ? extends SearchField> searchable) {
        JsonNode query = body.get("query");
        if (query == null || !query.isObject()) {
            throw new InvalidRequestException(new Violation("query", Violation.REQUIRED, "is required: an object with search, orderBy, top, fields, pagination"));
        }
        List<Violation> problems = new ArrayList<>();
        int top = Search.DEFAULT_TOP;
        JsonNode topNode = query.get("top");
        if (topNode != null && !topNode.isNull()) {
            if (topNode.isIntegralNumber() && topNode.canConvertToInt() && topNode.intValue() >= 1 && topNode.intValue() <= Search.MAX_TOP) {
                top = topNode.intValue();
            } else {
                problems.add(new Violation("query.top", Violation.INVALID_VALUE, "must be a whole number from 1 to " + Search.MAX_TOP));
            }
        }
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode f : array(query, "fields", problems)) {
            if (!f.isTextual() || !answerableFields.contains(f.textValue())) {
                problems.add(new Violation("query.fields", Violation.INVALID_VALUE, "names an unknown field: " + f));
            } else {
                fields.add(f.textValue());
            }
        }
        List<Search.Criterion> criteria = new ArrayList<>();
        List<JsonNode> terms = array(query, "search", problems);
        for (int i = 0; i < terms.size(); i++) {
            Search.Criterion c = criterion(terms.get(i), "query.search[" + i + "]", searchable, problems);
            if (c != null) {
                criteria.add(c);
            }
        }
        List<Search.Order> orders = new ArrayList<>();
        List<JsonNode> orderNodes = array(query, "orderBy", problems);
        for (int i = 0; i < orderNodes.size(); i++) {
            JsonNode o = orderNodes.get(i);
            String where = "query.orderBy[" + i + "]";
            SearchField field = field(o.get("name"), where, searchable, problems);
            String direction = o.hasNonNull("direction") ? o.get("direction").asText().toLowerCase() : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                problems.add(new Violation(where + ".direction", Violation.INVALID_VALUE, "must be asc or desc"));
            } else if (field != null) {
                orders.add(new Search.Order(field, direction.equals("desc")));
            }
        }
        PageRequest page = new PageRequest(1, top, false);
        JsonNode pagination = query.get("pagination");
        if (pagination != null && !pagination.isNull()) {
            int number = wholeIn(pagination, "pageNumber", 1, Integer.MAX_VALUE, 1, problems);
            int size = wholeIn(pagination, "pageSize", 1, PageRequest.MAX_PAGE_SIZE, Math.min(top, PageRequest.MAX_PAGE_SIZE), problems);
            boolean exclude = pagination.path("excludeTotalCount").asBoolean(false);
            page = new PageRequest(number, size, exclude);
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Read(new Search(criteria, orders, top, page), fields);
    }

    private static Search.Criterion criterion(JsonNode term, String where, Function<String, ? extends SearchField> searchable,
                                              List<Violation> problems) {
        if (!term.isObject()) {
            problems.add(new Violation(where, Violation.INVALID_TYPE, "must be an object {name, operator, value, condition}"));
            return null;
        }
        SearchField field = field(term.get("name"), where, searchable, problems);
        Operator operator = operator(term.get("operator"), where, problems);
        Condition condition = Condition.AND;
        JsonNode cond = term.get("condition");
        if (cond != null && !cond.isNull()) {
            switch (cond.asText().toLowerCase()) {
                case "and" -> condition = Condition.AND;
                case "or" -> condition = Condition.OR;
                default -> problems.add(new Violation(where + ".condition", Violation.INVALID_VALUE, "must be and or or, not " + cond));
            }
        }
        if (field == null || operator == null) {
            return null;
        }
        JsonNode value = term.get("value");
        Object typed = value == null || value.isNull() ? null : value(field, value, where, problems);
        if (value != null && !value.isNull() && typed == null) {
            return null;
        }
        return new Search.Criterion(field, operator, typed, condition);
    }

    private static Object value(SearchField field, JsonNode value, String where, List<Violation> problems) {
        Object typed = switch (field.kind()) {
            case TEXT -> value.isTextual() ? value.textValue() : null;
            case FLAG -> value.isBoolean() ? value.booleanValue() : null;
            case WHOLE -> value.isIntegralNumber() && value.canConvertToInt() ? (Object) value.intValue() : null;
            case ID -> value.isIntegralNumber() && value.canConvertToLong() ? (Object) value.longValue() : null;
            case INSTANT -> value.isTextual() ? DraftReader.parseInstant(value.textValue()) : null;
            case DECIMAL -> value.isNumber() ? value.decimalValue() : null;
            case REFERENCES, UID, OUTSIDE_ID -> null;
        };
        if (typed == null) {
            problems.add(new Violation(where + ".value", Violation.INVALID_TYPE, "does not fit " + BillingFieldNames.of(field) + " (" + describe(field) + "): " + value));
        }
        return typed;
    }

    private static String describe(SearchField field) {
        return switch (field.kind()) {
            case TEXT -> "a string";
            case FLAG -> "true or false";
            case WHOLE, ID -> "a whole number";
            case INSTANT -> "an ISO 8601 date-time";
            default -> "a number";
        };
    }

    private static SearchField field(JsonNode name, String where, Function<String, ? extends SearchField> searchable,
                                     List<Violation> problems) {
        SearchField field = name != null && name.isTextual() ? searchable.apply(name.textValue()) : null;
        if (field == null) {
            problems.add(new Violation(where + ".name", Violation.INVALID_VALUE, "is not a searchable field: " + name));
        }
        return field;
    }

    private static Operator operator(JsonNode op, String where, List<Violation> problems) {
        Operator operator = op == null || !op.isTextual() ? null : switch (op.textValue()) {
            case "eq" -> Operator.EQ;
            case "notEq" -> Operator.NOT_EQ;
            case "lt" -> Operator.LT;
            case "ltEq" -> Operator.LT_EQ;
            case "gt" -> Operator.GT;
            case "gtEq" -> Operator.GT_EQ;
            case "contains" -> Operator.CONTAINS;
            default -> null;
        };
        if (operator == null) {
            problems.add(new Violation(where + ".operator", Violation.INVALID_VALUE,
                    "is not an operator: " + op + " (eq, notEq, lt, ltEq, gt, gtEq, contains)"));
        }
        return operator;
    }

    private static List<JsonNode> array(JsonNode query, String name, List<Violation> problems) {
        JsonNode node = query.get(name);
        List<JsonNode> list = new ArrayList<>();
        if (node == null || node.isNull()) {
            return list;
        }
        if (!node.isArray()) {
            problems.add(new Violation("query." + name, Violation.INVALID_TYPE, "must be a list"));
            return list;
        }
        if (node.size() > MAX_LIST) {
            problems.add(new Violation("query." + name, Violation.INVALID_VALUE, "holds " + node.size() + " entries; at most " + MAX_LIST));
            return list;
        }
        node.forEach(list::add);
        return list;
    }

    /** The most entries fields, search and orderBy may each hold (the document's maxItems). */
    static final int MAX_LIST = 100;

    private static int wholeIn(JsonNode parent, String name, int min, int max, int fallback, List<Violation> problems) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= min && node.intValue() <= max) {
            return node.intValue();
        }
        problems.add(new Violation("query.pagination." + name, Violation.INVALID_VALUE, "must be a whole number from " + min + " to " + max));
        return fallback;
    }

}
