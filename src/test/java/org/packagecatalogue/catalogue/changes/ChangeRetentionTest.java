package org.packagecatalogue.catalogue.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.packagecatalogue.support.Api.*;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.ChangeLogRows;

/** With a retention set, the job deletes the entries older than it, a batch per transaction, and keeps the newer ones. */
@QuarkusTest
@TestProfile(ChangeRetentionTest.ShortRetention.class)
class ChangeRetentionTest {

    public static class ShortRetention implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalogue.changes.retention", "PT2S", "catalogue.changes.retention-batch", "2",
                    "catalogue.changes.retention-every", "1h");
        }
    }

    @Inject
    ChangeRetention retention;

    @Inject
    AgroalDataSource db;

    @Test
    void olderEntriesGoInBatchesNewerOnesStay() throws Exception {
        ChangeLogRows log = new ChangeLogRows(db);
        String token = newDistributor().token();
        long old = createPackage(token, "Old history");
        for (int i = 1; i <= 4; i++) {
            as(token).body(Map.of("name", "Old history " + i)).put(PACKAGE + "/" + old).then().statusCode(200);
        }
        Thread.sleep(2500);
        long recent = createPackage(token, "Recent history");
        long before = log.count("true");
        long deleted = retention.run();
        assertEquals(before - 1, deleted, "everything but the recent entry, which is younger than the retention");
        assertEquals(0, log.count("object_id = " + old + " and object_type = 'package'"));
        assertEquals(1, log.count("object_id = " + recent + " and object_type = 'package'"));
        assertEquals(0, retention.run(), "nothing more to delete");
    }
}
