package org.packagecatalogue.mpaas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.catalogue.Violation;
import org.packagecatalogue.catalogue.draft.Draft;
import org.packagecatalogue.catalogue.packages.PackageField;
import org.packagecatalogue.catalogue.packages.SaleField;

/** The mPaaS reader and name table on their own: one name per field, read once and rendered the same way. */
class MpaasDraftReaderTest {

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) new ObjectMapper().readTree(text);
    }

    @Test
    void readsTheSentFieldsUnderTheirMpaasNames() throws Exception {
        ObjectNode body = json("{\"PackageName\":\"P\",\"Type\":\"sip\",\"Price\":\"1.10\",\"Monthly\":true,"
                + "\"SubscriberId\":\"TSUID-a2ad6fb7-2d53-40ce-96e4-ebb7f7c54509\",\"name\":\"billing's name is not read\"}");
        Draft<PackageField> fields = MpaasDraftReader.read(body, PackageField.class);
        Draft<SaleField> sale = MpaasDraftReader.read(body, SaleField.class);
        assertEquals("P", fields.text(PackageField.NAME));
        assertEquals(false, fields.has(PackageField.DESCRIPTION));
        assertEquals(new BigDecimal("1.10"), sale.decimal(SaleField.PRICE));
        assertEquals(true, sale.flag(SaleField.MONTHLY));
        assertEquals("a2ad6fb7-2d53-40ce-96e4-ebb7f7c54509", sale.text(SaleField.SUBSCRIBER));
    }

    @Test
    void aWronglyTypedFieldIsUnreadableOnceAndRenderedUnderItsWireName() throws Exception {
        Draft<SaleField> sale = MpaasDraftReader.read(json("{\"Type\":\"sip\",\"Price\":\"ten\",\"Monthly\":\"yes\",\"SubscriberId\":\"\"}"),
                SaleField.class);
        assertEquals(List.of(Violation.invalidType(SaleField.PRICE, "a number such as 300 or \"1.12\""),
                Violation.invalidType(SaleField.MONTHLY, "true or false")), sale.readProblems());
        assertEquals(List.of("Price", "Monthly"), sale.readProblems().stream().map(MpaasFieldNames::of).toList());
        assertEquals(true, sale.isUnreadable(SaleField.PRICE));
        assertEquals(true, sale.has(SaleField.SUBSCRIBER), "an empty SubscriberId clears it");
        assertEquals(null, sale.uid(SaleField.SUBSCRIBER));
    }
}
