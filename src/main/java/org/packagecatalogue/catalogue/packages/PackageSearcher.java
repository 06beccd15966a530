package org.packagecatalogue.catalogue.packages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.FieldKind;
import org.packagecatalogue.catalogue.packages.PackageSearch.Criterion;
import org.packagecatalogue.catalogue.packages.PackageSearch.Operator;
import org.packagecatalogue.catalogue.tenancy.Tenant;

/**
 * Runs a {@link PackageSearch} within the caller's tenant. The query text is built only from the
 * fixed paths of {@link SearchField} and fixed operators; every value is a bound parameter.
 */
@ApplicationScoped
public class PackageSearcher {

    private static final String FROM = " from CataloguePackage p join p.owner o where " + Tenant.visible("o");

    @Inject
    EntityManager em;

    public Page<CataloguePackage> search(Tenant tenant, PackageSearch search) {
        Map<String, Object> params = new HashMap<>();
        params.put("scope", tenant.subtreePattern());
        String where = where(search.criteria(), params);
        long offset = search.page().offset();
        if (offset >= search.top()) {
            return new Page<>(List.of(), search.page().excludeTotalCount() ? null : count(where, params, search.top()));
        }
        int limit = (int) Math.min(search.page().pageSize(), search.top() - offset);
        List<Long> ids = bind(em.createQuery("select p.id" + FROM + where + orderBy(search.orderBy()), Long.class), params)
                .setFirstResult((int) offset)
                .setMaxResults(limit)
                .getResultList();
        List<CataloguePackage> items = ids.isEmpty() ? List.of() : em.createQuery("from CataloguePackage p"
                        + " join fetch p.owner join fetch p.category join fetch p.defaultAccountPackageStatusType"
                        + " where p.id in :ids", CataloguePackage.class)
                .setParameter("ids", ids).getResultList();
        Map<Long, CataloguePackage> byId = new HashMap<>();
        items.forEach(p -> byId.put(p.id, p));
        List<CataloguePackage> ordered = ids.stream().map(byId::get).toList();
        Long total = search.page().excludeTotalCount() ? null : count(where, params, search.top());
        return new Page<>(ordered, total);
    }

    private long count(String where, Map<String, Object> params, int top) {
        long all = bind(em.createQuery("select count(p)" + FROM + where, Long.class), params).getSingleResult();
        return Math.min(all, top);
    }

    /** (c1 and c2) or (c3) ...: and binds tighter than or. */
    private static String where(List<Criterion> criteria, Map<String, Object> params) {
        if (criteria.isEmpty()) {
            return "";
        }
        List<List<String>> groups = new ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (i == 0 || c.condition() == PackageSearch.Condition.OR) {
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
                case EQ -> field.path + " is null";
                case NOT_EQ -> field.path + " is not null";
                default -> throw invalid(field, "only eq and notEq can compare with null");
            };
        }
        if (c.operator() == Operator.CONTAINS) {
            if (field.kind != FieldKind.TEXT) {
                throw invalid(field, "contains works on text fields only");
            }
            params.put(param, "%" + escapeLike(((String) value).toLowerCase(Locale.ROOT)) + "%");
            return "lower(" + field.path + ") like :" + param + " escape '\\'";
        }
        if (field.kind == FieldKind.FLAG && c.operator() != Operator.EQ && c.operator() != Operator.NOT_EQ) {
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
                ? "(" + field.path + " <> :" + param + " or " + field.path + " is null)"
                : field.path + " " + op + " :" + param;
    }

    private static String orderBy(List<PackageSearch.Order> orders) {
        StringBuilder sql = new StringBuilder(" order by ");
        for (PackageSearch.Order order : orders) {
            sql.append(order.field().path).append(order.descending() ? " desc nulls last, " : " asc nulls last, ");
        }
        return sql.append("p.id").toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> params) {
        params.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static InvalidRequestException invalid(SearchField field, String detail) {
        return new InvalidRequestException(new Violation("query.search." + field.key, Violation.INVALID_VALUE, detail));
    }
}
