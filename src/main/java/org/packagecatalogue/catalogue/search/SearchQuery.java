package org.packagecatalogue.catalogue.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.FieldKind;
import org.packagecatalogue.catalogue.search.Search.Criterion;
import org.packagecatalogue.catalogue.search.Search.Operator;

/**
 * A {@link Search} translated into JPQL over the searched object (its fields' paths) and its owner {@code o}: a
 * condition to add to the tenant's ({@code where}, starting with " and", or empty), an order, and the
 * values to bind. The text is built only from the fixed paths of {@link SearchField} and fixed
 * operators; every value is a bound parameter. Pure: the aggregate's repository runs it.
 */
public record SearchQuery(String where, String orderBy, Map<String, Object> params, List<Search.Order> order, String identity) {

    /** {@code identity}: the path of the object's id, which breaks ties in the order. */
    public static SearchQuery of(Search search, String identity) {
        Map<String, Object> params = new HashMap<>();
        String where = where(search.criteria(), params);
        return new SearchQuery(where, orderBy(search.orderBy(), identity), Map.copyOf(params), List.copyOf(search.orderBy()), identity);
    }

    /** What a row's order key is selected as: the paths of the order, then the identity (always last, never null). */
    public String keySelect() {
        StringBuilder select = new StringBuilder();
        order.forEach(o -> select.append(o.field().path()).append(", "));
        return select.append(identity).toString();
    }

    /** The same search and order, whatever the values bound: what a remembered page end belongs to. */
    public String identityOfResults() {
        return where + orderBy + new java.util.TreeMap<>(params);
    }

    /**
     * This query, limited to the rows after the row whose order key ({@link #keySelect}'s values) is {@code key}: a
     * row comes after it if it equals it on the first sort values and comes after it on the next. Nulls come last in
     * either direction, so a null value has nothing after it but other nulls, which the next values order.
     */
    public SearchQuery after(List<Object> key) {
        Map<String, Object> bound = new HashMap<>(params);
        List<String> ors = new ArrayList<>();
        StringBuilder equal = new StringBuilder();
        for (int i = 0; i <= order.size(); i++) {
            boolean last = i == order.size();
            String path = last ? identity : order.get(i).field().path();
            Object value = key.get(i);
            String param = "k" + i;
            if (value != null) {
                bound.put(param, value);
                boolean descending = !last && order.get(i).descending();
                String beyond = path + (descending ? " < :" : " > :") + param;
                ors.add("(" + equal + (last ? beyond : "(" + beyond + " or " + path + " is null)") + ")");
                equal.append(path).append(" = :").append(param).append(" and ");
            } else {
                equal.append(path).append(" is null and ");
            }
        }
        return new SearchQuery(where + " and (" + String.join(" or ", ors) + ")", orderBy, Map.copyOf(bound), order, identity);
    }

    /** (c1 and c2) or (c3) ...: and binds tighter than or. */
    private static String where(List<Criterion> criteria, Map<String, Object> params) {
        if (criteria.isEmpty()) {
            return "";
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (i == 0 || c.condition() == Search.Condition.OR) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(predicate(c, "v" + i, params));
        }
        List<String> ors = groups.stream().map(g -> "(" + String.join(" and ", g) + ")").toList();
        return " and (" + String.join(" or ", ors) + ")";
    }

    private static String predicate(Criterion c, String param, Map<String, Object> params) {
        SearchField field = c.field();
        Object value = c.value();
        if (value == null) {
            return switch (c.operator()) {
                case EQ -> field.path() + " is null";
                case NOT_EQ -> field.path() + " is not null";
                default -> throw invalid(field, "only eq and notEq can compare with null");
            };
        }
        if (c.operator() == Operator.CONTAINS) {
            if (field.kind() != FieldKind.TEXT) {
                throw invalid(field, "contains works on text fields only");
            }
            params.put(param, "%" + escapeLike(((String) value).toLowerCase(Locale.ROOT)) + "%");
            return "lower(" + field.path() + ") like :" + param + " escape '\\'";
        }
        if (field.kind() == FieldKind.FLAG && c.operator() != Operator.EQ && c.operator() != Operator.NOT_EQ) {
            throw invalid(field, "true/false fields compare with eq and notEq only");
        }
        params.put(param, value);
        String op = switch (c.operator()) {
            case EQ -> "=";
            case NOT_EQ -> "<>";
            case LT -> "<";
            case LT_EQ -> "<=";
            case GT -> ">";
            case GT_EQ -> ">=";
            case CONTAINS -> throw new IllegalStateException();
        };
        // notEq keeps rows whose value is null, as a person reading "not equal to" expects
        return c.operator() == Operator.NOT_EQ
                ? "(" + field.path() + " <> :" + param + " or " + field.path() + " is null)"
                : field.path() + " " + op + " :" + param;
    }

    private static String orderBy(List<Search.Order> orders, String identity) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (Search.Order order : orders) {
            sql.append(order.field().path()).append(order.descending() ? " desc nulls last, " : " asc nulls last, ");
        }
        return sql.append(identity).toString();
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static InvalidRequestException invalid(SearchField field, String detail) {
        return new InvalidRequestException(Violation.of(field, Violation.INVALID_VALUE, detail).at("query.search"));
    }
}
