package org.packagecatalogue.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.packagecatalogue.support.Api.PACKAGE;
import static org.packagecatalogue.support.Api.as;
import static org.packagecatalogue.support.Api.newDistributor;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Api;
import org.packagecatalogue.support.Mpaas;

/**
 * A list whose rows stop coming halfway, because the connection to PostgreSQL drops while they are read (the test's
 * proxy cuts the answer), is still answered whole: the list is read before its answer starts, so the lost read is
 * run again on a fresh connection, and no client ever gets half a list that looks like a 200. In both dialects, with
 * more rows than a driver's fetch of 200 (a list read through a cursor was already being written when its second
 * fetch failed).
 */
@QuarkusTest
@TestProfile(LostCommitTest.BehindAProxy.class)
class ListCutOffTest {

    private static final int ROWS = 450;
    private static final String DESCRIPTION = "d".repeat(400);

    @Test
    void aListCutOffWhileItIsReadIsAnsweredWhole() throws SQLException {
        Api.Client client = newDistributor();
        String token = client.token();
        long owner = io.restassured.path.json.JsonPath.from(new String(
                Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getLong("owner_id");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + LostCommitTest.DB_PORT + "/postgres",
                "postgres", "postgres");
             PreparedStatement insert = db.prepareStatement("insert into package (owner_id, name, description,"
                     + " default_account_package_status_type_id, package_category_id)"
                     + " select ?, 'Listed ' || g, ?, 1, 1 from generate_series(1, ?) g")) {
            insert.setLong(1, owner);
            insert.setString(2, DESCRIPTION);
            insert.setInt(3, ROWS);
            insert.execute();
        }

        LostCommitTest.proxy.cutLongAnswer(150_000); // past the first 200 rows, well before the last
        as(token).get(PACKAGE + "/").then().statusCode(200)
                .body("totalCount", equalTo(ROWS)).body("items", hasSize(ROWS))
                .body("items.description", everyItem(equalTo(DESCRIPTION)));

        String mpaas = Mpaas.token(client, null);
        LostCommitTest.proxy.cutLongAnswer(150_000);
        as(mpaas).get(Mpaas.PACKAGES).then().statusCode(200)
                .body("Packages", hasSize(ROWS)).body("Packages.Description", everyItem(equalTo(DESCRIPTION)));
    }
}
