package org.packagecatalogue.catalogue.packages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.PackageSearch.Condition;
import org.packagecatalogue.catalogue.packages.PackageSearch.Criterion;
import org.packagecatalogue.catalogue.packages.PackageSearch.Operator;
import org.packagecatalogue.catalogue.packages.PackageSearch.Order;

/** The search translation on its own: no HTTP, no database. */
class PackageSearchQueryTest {

    private static PackageSearchQuery translate(List<Criterion> criteria, List<Order> order) {
        return PackageSearchQuery.of(new PackageSearch(criteria, order, 100, new PageRequest(1, 20, false)));
    }

    @Test
    void andBindsTighterThanOrAndEveryValueIsAParameter() {
        PackageSearchQuery q = translate(List.of(
                new Criterion(SearchField.NAME, Operator.CONTAINS, "Gold_50%", Condition.AND),
                new Criterion(SearchField.POST_PAID, Operator.EQ, true, Condition.AND),
                new Criterion(SearchField.PACKAGE_CATEGORY_ID, Operator.NOT_EQ, 2, Condition.OR)),
                List.of(new Order(SearchField.CREATED, true)));
        assertEquals(" and ((lower(p.name) like :v0 escape '\\' and p.postPaid = :v1)"
                + " or ((p.category.id <> :v2 or p.category.id is null)))", q.where());
        assertEquals(" order by p.created desc nulls last, p.id", q.orderBy());
        assertEquals(Map.of("v0", "%gold\\_50\\%%", "v1", true, "v2", 2), q.params());
    }

    @Test
    void nullComparesWithEqAndNotEqOnly() {
        assertEquals(" and ((p.expiry is null))",
                translate(List.of(new Criterion(SearchField.EXPIRY, Operator.EQ, null, Condition.AND)), List.of()).where());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(SearchField.EXPIRY, Operator.LT, null, Condition.AND)), List.of()));
        assertEquals(List.of(Violation.of(SearchField.EXPIRY, Violation.INVALID_VALUE, "only eq and notEq can compare with null")
                .at("query.search")), e.violations());
    }

    @Test
    void containsIsForTextAndFlagsCompareForEquality() {
        assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(SearchField.IDENTITY, Operator.CONTAINS, 5L, Condition.AND)), List.of()));
        assertThrows(InvalidRequestException.class, () ->
                translate(List.of(new Criterion(SearchField.FULL_PERIOD, Operator.GT, true, Condition.AND)), List.of()));
        assertEquals("", translate(List.of(), List.of()).where());
    }
}
