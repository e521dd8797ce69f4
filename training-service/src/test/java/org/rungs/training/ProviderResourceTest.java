package org.rungs.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ProviderResourceTest {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);
    static final String NAVIGATOR = Tokens.bearer("nia", "navigator", "eastside-works");
    static final String ANALYST = Tokens.bearer("ana", "analyst", null);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void registeringAProviderKeepsItInsideTheTrainingService() {
        long outbox = Rows.count(dataSource, "outbox_event");
        String id = UUID.randomUUID().toString();

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"id":"%s","name":"  Eastside Community Action  ","kind":"community-agency",
                         "contactEmail":"training@eastside.example.org"}""".formatted(id))
                .post("/providers")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/providers/" + id))
                .body("id", equalTo(id))
                .body("name", equalTo("Eastside Community Action"))
                .body("kind", equalTo("community-agency"))
                .body("contactEmail", equalTo("training@eastside.example.org"));

        assertThat(Rows.count(dataSource, "outbox_event")).isEqualTo(outbox);

        given().header("Authorization", NAVIGATOR).get("/providers/" + id)
                .then().statusCode(200).body("kind", equalTo("community-agency"));
        given().header("Authorization", ANALYST).get("/providers/" + id).then().statusCode(200);
        given().header("Authorization", Tokens.bearer("pat", "provider", id)).get("/providers/" + id)
                .then().statusCode(200).body("name", equalTo("Eastside Community Action"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Again\",\"kind\":\"union\"}")
                .post("/providers")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:provider-already-exists"));
    }

    @Test
    void providerStaffSeeOnlyTheirOwnProvider() {
        String mine = createProvider("Riverside Community College", "college");
        String theirs = createProvider("Local 46 Electrical Training", "union");
        String staff = Tokens.bearer("pat", "provider", mine);

        given().header("Authorization", staff).get("/providers/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", staff).get("/providers")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", everyItem(equalTo(mine)));
        given().header("Authorization", Tokens.bearer("pat", "provider", null)).get("/providers/" + mine)
                .then().statusCode(404);
        given().header("Authorization", ADMIN).get("/providers/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");

        given().header("Authorization", ADMIN).get("/providers?size=1&page=0")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("size", equalTo(1))
                .body("total", greaterThanOrEqualTo(2));
        given().header("Authorization", NAVIGATOR).get("/providers?size=200")
                .then().statusCode(200)
                .body("items.id", hasItem(mine))
                .body("items.id", hasItem(theirs));
    }

    @Test
    void badInputIsAProblemWithTheOffendingFieldsAndWritesNothing() {
        long providers = Rows.count(dataSource, "provider");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":"Guild Hall","kind":"guild"}""")
                .post("/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", hasItem("kind"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":" ","contactEmail":"not-an-email"}""")
                .post("/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("kind"))
                .body("violations.field", hasItem("contactEmail"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"" + "x".repeat(201) + "\",\"kind\":\"private\"}")
                .post("/providers")
                .then().statusCode(400).body("violations.field", hasItem("name"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"id\":\"not-a-uuid\",\"name\":\"X\",\"kind\":\"private\"}")
                .post("/providers")
                .then().statusCode(400).body("violations.field", hasItem("id"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/providers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .post("/providers")
                .then().statusCode(400).contentType("application/problem+json");

        given().header("Authorization", ADMIN).get("/providers?size=0")
                .then().statusCode(400).body("violations.field", hasItem("size"));

        assertThat(Rows.count(dataSource, "provider")).isEqualTo(providers);
    }

    @Test
    void securityAnswersWithProblems() {
        given().contentType(ContentType.JSON).body("{}").post("/providers")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/providers").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", NAVIGATOR).contentType(ContentType.JSON)
                .body("""
                        {"name":"X","kind":"private"}""")
                .post("/providers")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", UUID.randomUUID().toString()))
                .get("/providers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndApiDocsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    static String createProvider(String name, String kind) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}")
                .post("/providers").then().statusCode(201).extract().path("id");
    }
}
