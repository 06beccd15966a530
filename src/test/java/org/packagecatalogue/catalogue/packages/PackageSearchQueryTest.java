package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.search.Search;
import org.packagecatalogue.catalogue.search.Search.Condition;
import org.packagecatalogue.catalogue.search.Search.Criterion;
import org.packagecatalogue.catalogue.search.Search.Operator;
import org.packagecatalogue.catalogue.search.Search.Order;
import org.packagecatalogue.catalogue.search.SearchQuery;

/** The search translation on its own: no HTTP, no database. */
class PackageSearchQueryTest {

    private static SearchQuery translate(List<Criterion> criteria, List<Order> order) {
        return SearchQuery.of(new Search(criteria, order, 100, new PageRequest(1, 20, false)), "p.id");
    }

    @Test
    void andBindsTighterThanOrAndEveryValueIsAParameter() {
        SearchQuery q = translate(List.of(
                new Criterion(PackageSearchField.NAME, Operator.CONTAINS, "Gold_50%", Condition.AND),
                new Criterion(PackageSearchField.POST_PAID, Operator.EQ, true, Condition.AND),
                new Criterion(PackageSearchField.PACKAGE_CATEGORY_ID, Operator.NOT_EQ, 2, Condition.OR)),
                List.of(new Order(PackageSearchField.CREATED, true)));
        assertEquals(" and ((lower(p.name) like :v0 escape '\\' and p.postPaid = :v1)"
                + " or ((p.category.id <> :v2 or p.category.id is null)))", q.where());
        assertEquals(" order by p.created desc nulls last, p.id", q.orderBy());
        assertEquals(Map.of("v0", "%gold\\_50\\%%", "v1", true, "v2", 2), q.params());
    }

    @Test
    void nullComparesWithEqAndNotEqOnly() {
        assertEquals(" and ((p.expiry is null))",
                translate(List.of(new Criterion(PackageSearchField.EXPIRY, Operator.EQ, null, Condition.AND)), List.of()).where());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(PackageSearchField.EXPIRY, Operator.LT, null, Condition.AND)), List.of()));
        assertEquals(List.of(Violation.of(PackageSearchField.EXPIRY, Violation.INVALID_VALUE, "only eq and notEq can compare with null")
                .at("query.search")), e.violations());
    }

    @Test
    void containsIsForTextAndFlagsCompareForEquality() {
        assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(PackageSearchField.IDENTITY, Operator.CONTAINS, 5L, Condition.AND)), List.of()));
        assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(PackageSearchField.FULL_PERIOD, Operator.GT, true, Condition.AND)), List.of()));
        assertEquals("", translate(List.of(), List.of()).where());
    }
}
