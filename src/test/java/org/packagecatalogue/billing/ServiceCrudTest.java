package org.packagecatalogue.billing;

import static org.hamcrest.Matchers.*;
import static org.packagecatalogue.support.Api.*;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.packagecatalogue.support.Contents;

/** Service/ has the whole of Package's life: read with an ETag, change (only what is sent), page, delete. */
@QuarkusTest
class ServiceCrudTest {

    private static final String SERVICE = "/ResourceServer/api/v10/Service";

    @Test
    void putChangesOnlyWhatIsSentAndMovesTheETag() {
        String token = newDistributor().token();
        long id = Contents.createService(token, "Mobile data");
        String etag = as(token).get(SERVICE + "/" + id).then().statusCode(200).extract().header("ETag");
        String newTag = as(token).header("If-Match", etag).body(Map.of("description", "4G and 5G"))
                .put(SERVICE + "/" + id).then().statusCode(200)
                .body("type", equalTo("update"))
                .body("results.totalCount", equalTo(1))
                .body("results.items[0].identity", equalTo((int) id))
                .body("results.items[0].name", equalTo("Mobile data"))
                .body("results.items[0].description", equalTo("4G and 5G"))
                .body("results.items[0].serviceCategoryId", equalTo(2))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, newTag);
        as(token).get(SERVICE + "/" + id).then().statusCode(200).header("ETag", newTag)
                .body("instance.description", equalTo("4G and 5G"));
        // a writer that read before the change is refused
        billingError(as(token).header("If-Match", etag).body(Map.of("name", "lost")).put(SERVICE + "/" + id).then(), 412, "preconditionFailed");
        billingError(as(token).header("If-Match", etag).delete(SERVICE + "/" + id).then(), 412, "preconditionFailed");
    }

    @Test
    void aBadPutIsRefusedWholeWithEveryProblem() {
        String token = newDistributor().token();
        long id = Contents.createService(token, "Voice");
        billingError(as(token).body(Map.of("name", "", "serviceCategoryId", 999)).put(SERVICE + "/" + id).then(), 400, "validation")
                .body("errors", hasSize(2))
                .body("errors.message", containsInAnyOrder("name is required", "serviceCategoryId refers to no known value: 999"));
        as(token).get(SERVICE + "/" + id).then().body("instance.name", equalTo("Voice")).body("instance.serviceCategoryId", equalTo(2));
    }

    @Test
    void deleteAnswersWhatItRemovedAndIsRefusedWhileAPackageHoldsTheService() {
        String token = newDistributor().token();
        long unused = Contents.createService(token, "Unused");
        as(token).delete(SERVICE + "/" + unused).then().statusCode(200)
                .body("type", equalTo("delete"))
                .body("results.totalCount", equalTo(1))
                .body("results.items", equalTo(List.of(Map.of("identity", (int) unused, "action", "deleted", "dtoTypeKey", "service"))));
        billingError(as(token).get(SERVICE + "/" + unused).then(), 404, "notFound");

        long held = Contents.createService(token, "Held");
        long pkg = createPackage(token, "Holder");
        as(token).body(Map.of("packageServices", Map.of("items", List.of(Map.of("patchType", "create", "patchClientId", 1,
                "serviceId", held, "defaultInstances", 1, "minimumInstances", 0, "maximumInstances", 1)))))
                .patch(PACKAGE + "/" + pkg).then().statusCode(200);
        billingError(as(token).delete(SERVICE + "/" + held).then(), 409, "conflict")
                .body("errors", hasSize(1))
                .body("errors[0].message", equalTo("service " + held + " cannot be deleted: 1 package holds it; remove it from them first"));
        as(token).get(SERVICE + "/" + held).then().statusCode(200);
    }

    @Test
    void anotherTenantsServiceIsNotFoundForEveryWrite() {
        String owner = newDistributor().token();
        String stranger = newDistributor().token();
        long id = Contents.createService(owner, "Private");
        billingError(as(stranger).body(Map.of("name", "taken")).put(SERVICE + "/" + id).then(), 404, "notFound");
        billingError(as(stranger).delete(SERVICE + "/" + id).then(), 404, "notFound");
        as(owner).get(SERVICE + "/" + id).then().statusCode(200).body("instance.name", equalTo("Private"));
    }

    @Test
    void servicesPageLikePackages() {
        String token = newDistributor().token();
        for (String name : List.of("First", "Second", "Third")) {
            Contents.createService(token, name);
        }
        as(token).get(SERVICE + "/Paged?pageNumber=2&pageSize=2").then().statusCode(200)
                .body("pagination.pageNumber", equalTo(2))
                .body("pagedResults.totalCount", equalTo(3))
                .body("pagedResults.items.name", contains("Third"));
        as(token).get(SERVICE + "/Paged?pageNumber=1&pageSize=2&excludeTotalCount=true").then().statusCode(200)
                .body("pagedResults.totalCount", nullValue())
                .body("pagedResults.items.name", contains("First", "Second"));
    }
}
