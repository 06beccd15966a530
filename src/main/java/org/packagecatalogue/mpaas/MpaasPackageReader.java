package org.packagecatalogue.mpaas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.packagecatalogue.catalogue.InvalidRequestException;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.SaleField;

/**
 * Reads an mPaaS package body into the core's drafts: PackageName → name, Description → description,
 * Type, SubscriberId, Price (a number or a numeric string, exact), Monthly. Only the fields sent are set.
 */
final class MpaasPackageReader {

    record Read(Draft<PackageField> fields, Draft<SaleField> sale) {
    }

    private MpaasPackageReader() {
    }

    static Read read(ObjectNode body) {
        Draft<PackageField> fields = Draft.of(PackageField.class);
        Draft<SaleField> sale = Draft.of(SaleField.class);
        text(body, "PackageName", v -> fields.set(PackageField.NAME, v), v -> fields.unreadable(PackageField.NAME, v));
        text(body, "Description", v -> fields.set(PackageField.DESCRIPTION, v), v -> fields.unreadable(PackageField.DESCRIPTION, v));
        text(body, "Type", v -> sale.set(SaleField.TYPE, v), v -> sale.unreadable(SaleField.TYPE, v));
        JsonNode subscriber = body.get("SubscriberId");
        if (subscriber != null) {
            if (subscriber.isNull() || subscriber.isTextual() && subscriber.textValue().isEmpty()) {
                sale.set(SaleField.SUBSCRIBER, null);
            } else if (!subscriber.isTextual()) {
                sale.unreadable(SaleField.SUBSCRIBER, Violation.invalidType("SubscriberId", "a string such as TSUID-<uuid>"));
            } else {
                try {
                    sale.set(SaleField.SUBSCRIBER, MpaasIds.SUBSCRIBER.parse("SubscriberId", subscriber.textValue()).toString());
                } catch (InvalidRequestException e) {
                    sale.unreadable(SaleField.SUBSCRIBER, e.violations().get(0));
                }
            }
        }
        JsonNode price = body.get("Price");
        if (price != null) {
            BigDecimal value = price(price);
            if (value == null && !price.isNull()) {
                sale.unreadable(SaleField.PRICE, Violation.invalidType("Price", "a number such as 300 or \"1.12\""));
            } else {
                sale.set(SaleField.PRICE, value);
            }
        }
        JsonNode monthly = body.get("Monthly");
        if (monthly != null) {
            if (monthly.isBoolean() || monthly.isNull()) {
                sale.set(SaleField.MONTHLY, monthly.isNull() ? null : monthly.booleanValue());
            } else {
                sale.unreadable(SaleField.MONTHLY, Violation.invalidType("Monthly", "true or false"));
            }
        }
        return new Read(fields, sale);
    }

    /** A number, or a string holding one ("1.12"), as an exact decimal; never through a float. */
    static BigDecimal price(JsonNode node) {
        try {
            if (node.isNumber()) {
                return node.decimalValue();
            }
            if (node.isTextual()) {
                return new BigDecimal(node.textValue().strip());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static void text(ObjectNode body, String name, java.util.function.Consumer<String> set,
                             java.util.function.Consumer<Violation> unreadable) {
        JsonNode value = body.get(name);
        if (value == null) {
            return;
        }
        if (value.isNull() || value.isTextual()) {
            set.accept(value.isNull() ? null : value.textValue());
        } else {
            unreadable.accept(Violation.invalidType(name, "a string"));
        }
    }
}
