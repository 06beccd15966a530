package org.packagecatalogue.mpaas;

import static java.util.Map.entry;

import java.util.Map;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.draft.RecordedNames;
import org.packagecatalogue.catalogue.webhooks.WebhookField;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageServiceField;
import org.packagecatalogue.catalogue.packages.SaleField;
import org.packagecatalogue.catalogue.services.ServiceField;
import org.packagecatalogue.catalogue.subscriptions.SubscriptionField;

/**
 * The mPaaS dialect's name of every core field it reads: the one table both {@link MpaasDraftReader}
 * and {@link MpaasErrorDialect} use, so every problem is reported once, under the name the client sent.
 * A core field missing here is not part of this dialect.
 */
final class MpaasFieldNames {

    private static final Map<DraftField, String> NAMES = Map.ofEntries(
            entry(WebhookField.URL, "Url"),
            entry(WebhookField.EVENT_TYPES, "EventTypes"),
            entry(WebhookField.DESCRIPTION, "Description"),
            entry(WebhookField.INCLUDE_DISTRIBUTORS, "IncludeDistributors"),
            entry(PackageField.NAME, "PackageName"),
            entry(PackageField.DESCRIPTION, "Description"),
            entry(SaleField.TYPE, "Type"),
            entry(SaleField.SUBSCRIBER, "SubscriberId"),
            entry(SaleField.PRICE, "Price"),
            entry(SaleField.MONTHLY, "Monthly"),
            entry(ServiceField.NAME, "ProductName"),
            entry(ServiceField.DESCRIPTION, "Description"),
            entry(ServiceField.CATEGORY, "Category"),
            entry(PackageServiceField.SERVICE_UID, "ProductId"),
            // rendered only: an item that names no service is told about ProductId (the reader skips numeric ids)
            entry(PackageServiceField.SERVICE, "ProductId"),
            entry(PackageServiceField.PRICE, "Price"),
            entry(PackageServiceField.MONTHLY, "Monthly"),
            entry(PackageServiceField.ITEM_TYPE, "Type"),
            entry(SubscriptionField.ICCID, "ICCID"),
            entry(SubscriptionField.TYPE, "Type"));

    /** How each public-id field's values are written (TSUID-…, PRID-…). */
    private static final Map<DraftField, MpaasIdFormat> ID_FORMATS = Map.of(
            SaleField.SUBSCRIBER, MpaasIds.SUBSCRIBER,
            PackageServiceField.SERVICE_UID, MpaasRecords.Ids.PRODUCT);

    private MpaasFieldNames() {
    }

    /** History's names: the recorded attribute of each object type, by the field of this table that writes it. */
    private static final RecordedNames RECORDED = new RecordedNames(NAMES);

    /** How history names a recorded field: this dialect's name for it, else the core's (a field this dialect does not write). */
    static String ofRecorded(String objectType, String attribute) {
        return RECORDED.of(objectType, attribute);
    }

    /** The field's mPaaS name, or null if the dialect has no such field. */
    static String of(DraftField field) {
        return NAMES.get(field);
    }

    static MpaasIdFormat idFormat(DraftField field) {
        return ID_FORMATS.get(field);
    }

    /** How this dialect says the names the shared HTTP plumbing uses for what it reads itself. */
    private static final Map<String, String> PLATFORM_NAMES = Map.of("body", "Request body");

    /** How an mPaaS answer names what a problem concerns. */
    static String of(Violation violation) {
        String name = violation.name(field -> NAMES.getOrDefault(field, field.toString()));
        return PLATFORM_NAMES.getOrDefault(name, name);
    }
}
