package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class EmployerResourceTest {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void joiningPublishesEmployerJoinedThatMatchesTheContract() {
        String id = given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":"Riverside Care Homes","naicsCode":"623110","sizeBand":"50-249"}""")
                .post("/employers")
                .then().statusCode(201)
                .header("Location", containsString("/employers/"))
                .body("name", equalTo("Riverside Care Homes"))
                .body("sizeBand", equalTo("50-249"))
                .extract().path("id");

        var record = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.employer",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("employer.joined.v1");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("employer-service");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(EventSamples.validate(EmployerEvents.EMPLOYER_JOINED, record.value())).isEmpty();
        assertThat(EventSamples.fieldNames(record.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(EmployerEvents.EMPLOYER_JOINED)));
    }

    @Test
    void badInputIsAProblemWithTheOffendingFieldsAndWritesNothing() {
        long employers = count("employer");
        long outbox = count("outbox_event");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":"","naicsCode":"62A","sizeBand":"huge"}""")
                .post("/employers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", hasItem("sizeBand"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("""
                        {"name":"","naicsCode":"62A","sizeBand":"10-49"}""")
                .post("/employers")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("name"))
                .body("violations.field", hasItem("naicsCode"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                .post("/employers")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("[1,2]")
                .post("/employers")
                .then().statusCode(400).contentType("application/problem+json");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .post("/employers")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(count("employer")).isEqualTo(employers);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void securityAnswersWithProblems() {
        given().contentType(ContentType.JSON).body("{}").post("/employers")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/employers")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nia", "navigator", "eastside-works"))
                .contentType(ContentType.JSON)
                .body("""
                        {"name":"X","naicsCode":"623110","sizeBand":"1-9"}""")
                .post("/employers")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void employerStaffSeeOnlyTheirOwnEmployer() {
        String mine = createEmployer("Harbor Foods");
        String theirs = createEmployer("Summit Assembly");
        String staff = Tokens.bearer("emma", "employer", mine);
        given().header("Authorization", staff).get("/employers/" + mine).then().statusCode(200);
        given().header("Authorization", staff).get("/employers/" + theirs)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN).get("/employers/" + UUID.randomUUID()).then().statusCode(404);
        given().header("Authorization", ADMIN).get("/employers/not-a-uuid").then().statusCode(404);
    }

    @Test
    void healthMetricsAndApiDocsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }

    static String createEmployer(String name) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"" + name + "\",\"naicsCode\":\"311\",\"sizeBand\":\"10-49\"}")
                .post("/employers").then().statusCode(201).extract().path("id");
    }

    long count(String table) {
        return Sql.number(dataSource, "select count(*) from " + table);
    }
}
