package org.packagecatalogue.catalogue.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.packages.*;
import org.packagecatalogue.catalogue.services.CatalogueService;
import org.packagecatalogue.catalogue.services.ServiceCatalogue;
import org.packagecatalogue.catalogue.services.ServiceField;
import org.packagecatalogue.catalogue.subscriptions.Subscription;
import org.packagecatalogue.catalogue.subscriptions.SubscriptionField;
import org.packagecatalogue.catalogue.subscriptions.Subscriptions;

/**
 * History names a recorded attribute by the core field that writes it, so each dialect renders it through its
 * own name table: every writable field must name an attribute its entity really has (without a database).
 */
class RecordedFieldsTest {

    private static final Map<String, Class<?>> ENTITIES = Map.of(
            PackageCatalogue.OBJECT_TYPE, CataloguePackage.class,
            PackageService.OBJECT_TYPE, PackageService.class,
            PackageFrequency.OBJECT_TYPE, PackageFrequency.class,
            PackageCurrency.OBJECT_TYPE, PackageCurrency.class,
            UsageBucket.OBJECT_TYPE, UsageBucket.class,
            Tier.OBJECT_TYPE, Tier.class,
            ServiceCatalogue.OBJECT_TYPE, CatalogueService.class,
            Subscriptions.OBJECT_TYPE, Subscription.class);

    private static final List<Class<? extends Enum<?>>> FIELDS = List.of(PackageField.class, SaleField.class, PackageServiceField.class,
            FrequencyField.class, CurrencyField.class, UsageBucketField.class, TierField.class, ServiceField.class, SubscriptionField.class);

    @Test
    void everyWritableFieldNamesAnAttributeOfItsEntity() {
        List<String> wrong = new ArrayList<>();
        for (Class<? extends Enum<?>> type : FIELDS) {
            for (Enum<?> constant : type.getEnumConstants()) {
                DraftField field = (DraftField) constant;
                if (field.recordedIn() == null) {
                    continue;
                }
                Class<?> entity = ENTITIES.get(field.recordedIn());
                if (entity == null || !hasField(entity, field.attribute())) {
                    wrong.add(type.getSimpleName() + "." + constant.name() + " -> " + field.recordedIn() + "." + field.attribute());
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theDefaultAttributeIsTheConstantInCamelCase() {
        assertEquals("invoiceDetail", PackageField.INVOICE_DETAIL.attribute());
        assertEquals("defaultAccountPackageStatusType", PackageField.DEFAULT_ACCOUNT_PACKAGE_STATUS_TYPE.attribute());
        assertEquals("saleType", SaleField.TYPE.attribute());
    }

    private static boolean hasField(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && Modifier.isPublic(f.getModifiers())) {
                    return true;
                }
            }
        }
        return false;
    }
}
