package org.packagecatalogue.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.draft.DraftField;
import org.packagecatalogue.catalogue.packages.CurrencyField;
import org.packagecatalogue.catalogue.packages.FrequencyField;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.PackageServiceField;
import org.packagecatalogue.catalogue.packages.TierField;
import org.packagecatalogue.catalogue.packages.UsageBucketField;
import org.packagecatalogue.catalogue.services.ServiceField;

/** The billing name table on its own: every field the dialect has is named, once, and read by that name. */
class BillingFieldNamesTest {

    /** The fields of the mPaaS items, which the billing dialect does not carry. */
    private static final Set<DraftField> NOT_BILLING = Set.of(PackageServiceField.SERVICE_UID, PackageServiceField.PRICE,
            PackageServiceField.MONTHLY, PackageServiceField.ITEM_TYPE);

    @Test
    void everyBillingFieldHasOneDistinctName() {
        for (Class<? extends Enum<?>> kind : List.of(PackageField.class, PackageServiceField.class, FrequencyField.class,
                CurrencyField.class, UsageBucketField.class, TierField.class, ServiceField.class)) {
            Set<String> names = new HashSet<>();
            List<DraftField> unnamed = new ArrayList<>();
            for (Enum<?> constant : kind.getEnumConstants()) {
                DraftField field = (DraftField) constant;
                String name = BillingFieldNames.of(field);
                if (name == null && !NOT_BILLING.contains(field)) {
                    unnamed.add(field);
                }
                if (name != null) {
                    assertEquals(true, names.add(name), kind.getSimpleName() + " names two fields " + name);
                }
            }
            assertEquals(List.of(), unnamed, kind.getSimpleName());
        }
    }

    @Test
    void aBodyIsReadByTheTableAndItsProblemsRenderedByIt() throws Exception {
        Draft<PackageField> draft = DraftReader.read(new ObjectMapper().readTree(
                "{\"name\":\"N\",\"isQuantityAllowed\":\"yes\",\"PackageName\":\"mPaaS's name is not read\"}"), PackageField.class);
        assertEquals("N", draft.text(PackageField.NAME));
        assertEquals(EnumSet.of(PackageField.NAME, PackageField.QUANTITY_ALLOWED),
                EnumSet.copyOf(EnumSet.allOf(PackageField.class).stream().filter(draft::has).toList()));
        assertEquals(List.of(Violation.invalidType(PackageField.QUANTITY_ALLOWED, "true or false")), draft.readProblems());
        assertEquals("isQuantityAllowed", BillingFieldNames.of(draft.readProblems().get(0)));
        assertEquals("packageServices[patchClientId=7].serviceId",
                BillingFieldNames.of(Violation.required(PackageServiceField.SERVICE).at("packageServices[patchClientId=7]")));
    }
}
