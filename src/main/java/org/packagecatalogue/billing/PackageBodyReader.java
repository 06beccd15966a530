package org.packagecatalogue.billing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Map;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.packages.PackageDraft;
import org.packagecatalogue.catalogue.packages.PackageField;

/**
 * Reads a billing Package body into a draft, field by field, so that every wrongly typed field is
 * reported at once. Read-only fields (identity, id, ownerId, ownerName, created, the ...Name of a
 * reference) and unknown fields are ignored, never trusted.
 */
final class PackageBodyReader {

    private enum Kind { TEXT, INSTANT, FLAG, ID }

    private record Wire(PackageField field, Kind kind) {
    }

    private static final Map<String, Wire> FIELDS = Map.ofEntries(
            Map.entry("name", new Wire(PackageField.NAME, Kind.TEXT)),
            Map.entry("description", new Wire(PackageField.DESCRIPTION, Kind.TEXT)),
            Map.entry("invoiceDetail", new Wire(PackageField.INVOICE_DETAIL, Kind.TEXT)),
            Map.entry("start", new Wire(PackageField.START, Kind.INSTANT)),
            Map.entry("expiry", new Wire(PackageField.EXPIRY, Kind.INSTANT)),
            Map.entry("fullPeriod", new Wire(PackageField.FULL_PERIOD, Kind.FLAG)),
            Map.entry("postPaid", new Wire(PackageField.POST_PAID, Kind.FLAG)),
            Map.entry("billOnAccountBillDay", new Wire(PackageField.BILL_ON_ACCOUNT_BILL_DAY, Kind.FLAG)),
            Map.entry("chargeRecurringIfUsage", new Wire(PackageField.CHARGE_RECURRING_IF_USAGE, Kind.FLAG)),
            Map.entry("isGlobalAddOnEligible", new Wire(PackageField.GLOBAL_ADD_ON_ELIGIBLE, Kind.FLAG)),
            Map.entry("isQuantityAllowed", new Wire(PackageField.QUANTITY_ALLOWED, Kind.FLAG)),
            Map.entry("defaultAccountPackageStatusTypeId", new Wire(PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE, Kind.ID)),
            Map.entry("packageCategoryId", new Wire(PackageField.CATEGORY, Kind.ID)));

    private PackageBodyReader() {
    }

    static PackageDraft read(JsonNode body) {
        PackageDraft draft = new PackageDraft();
        FIELDS.forEach((name, wire) -> {
            JsonNode value = body.get(name);
            if (value != null) {
                readField(draft, name, wire, value);
            }
        });
        return draft;
    }

    private static void readField(PackageDraft draft, String name, Wire wire, JsonNode value) {
        if (value.isNull()) {
            draft.set(wire.field(), null);
            return;
        }
        switch (wire.kind()) {
            case TEXT -> {
                if (value.isTextual()) {
                    draft.set(wire.field(), value.textValue());
                } else {
                    draft.unreadable(wire.field(), Violation.invalidType(name, "a string"));
                }
            }
            case FLAG -> {
                if (value.isBoolean()) {
                    draft.set(wire.field(), value.booleanValue());
                } else {
                    draft.unreadable(wire.field(), Violation.invalidType(name, "true or false"));
                }
            }
            case ID -> {
                if (value.isIntegralNumber() && value.canConvertToLong()) {
                    draft.set(wire.field(), value.longValue());
                } else {
                    draft.unreadable(wire.field(), Violation.invalidType(name, "a whole number"));
                }
            }
            case INSTANT -> {
                Instant instant = value.isTextual() ? parseInstant(value.textValue()) : null;
                if (instant != null) {
                    draft.set(wire.field(), instant);
                } else {
                    draft.unreadable(wire.field(), Violation.invalidType(name, "an ISO 8601 date-time such as 2021-04-26T15:25:27.587Z"));
                }
            }
        }
    }

    /** ISO 8601 with an offset; a date-time without one is taken as UTC. */
    static Instant parseInstant(String text) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }
}
