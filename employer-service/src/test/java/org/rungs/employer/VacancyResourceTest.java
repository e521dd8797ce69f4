package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
class VacancyResourceTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;
    static final String CNA = """
            {"title":"Certified Nursing Assistant","occupationCode":"31-1131.00",
             "requiredSkills":[{"elementId":"2.A.1.a","minimumLevel":3},{"elementId":"2.B.1.f","minimumLevel":3.5}],
             "hourlyWage":19.50,"openings":3,"shift":"day"}""";

    final KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    /** Opens a CNA vacancy as a network admin; returns its id. */
    static String open(String employer) {
        return given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(CNA)
                .post("/employers/" + employer + "/vacancies").then().statusCode(201).extract().path("id");
    }

    @Test
    void openingAndClosingPublishEventsThatMatchTheContract() {
        String employer = EmployerResourceTest.createEmployer("Riverside Care Homes");
        String staff = Tokens.bearer("emma", "employer", employer);

        String vacancy = given().header("Authorization", staff).contentType(ContentType.JSON).body(CNA)
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(201)
                .body("status", equalTo("open"))
                .body("occupationTitle", equalTo("Nursing Assistants"))
                .body("requiredSkills.name", hasItem("Reading Comprehension"))
                .extract().path("id");

        var opened = kafka.await("rungs.vacancy", r -> vacancy.equals(r.key())
                && "vacancy.opened.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
        assertThat(EventSamples.validate(EmployerEvents.VACANCY_OPENED, opened.value())).isEmpty();
        assertThat(EventSamples.fieldNames(opened.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(EmployerEvents.VACANCY_OPENED)));
        assertThat(opened.value()).containsPattern("\"employerId\": ?\"" + employer + "\"");

        given().header("Authorization", staff).contentType(ContentType.JSON).body("{\"reason\":\"filled\"}")
                .post("/vacancies/" + vacancy + "/close")
                .then().statusCode(200).body("status", equalTo("closed")).body("closeReason", equalTo("filled"));
        var closed = kafka.await("rungs.vacancy", r -> vacancy.equals(r.key())
                && "vacancy.closed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)), Duration.ofSeconds(20));
        assertThat(EventSamples.validate(EmployerEvents.VACANCY_CLOSED, closed.value())).isEmpty();
        assertThat(closed.offset()).isGreaterThan(opened.offset());

        given().header("Authorization", staff).contentType(ContentType.JSON).body("{\"reason\":\"filled\"}")
                .post("/vacancies/" + vacancy + "/close")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:vacancy-already-closed"));
    }

    @Test
    void aPartnerRetryingWithItsIdempotencyKeyOpensAndClosesOnce() {
        String employer = EmployerResourceTest.createEmployer("Lakeside Clinic");
        String staff = Tokens.bearer("emma", "employer", employer);
        String openKey = UUID.randomUUID().toString();

        List<String> opened = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            opened.add(given().header("Authorization", staff).header("Idempotency-Key", openKey)
                    .contentType(ContentType.JSON).body(CNA)
                    .post("/employers/" + employer + "/vacancies")
                    .then().statusCode(201).extract().path("id"));
        }
        assertThat(opened).containsOnly(opened.get(0));
        given().header("Authorization", staff).get("/vacancies?employerId=" + employer)
                .then().statusCode(200).body("total", equalTo(1));

        String closeKey = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().header("Authorization", staff).header("Idempotency-Key", closeKey).contentType(ContentType.JSON)
                    .body("{\"reason\":\"filled\"}").post("/vacancies/" + opened.get(0) + "/close")
                    .then().statusCode(200).body("status", equalTo("closed"))
                    .header("Idempotent-Replayed", attempt == 0 ? null : "true");
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> Sql.outboxDrained(dataSource));
        var events = kafka.readToEnd("rungs.vacancy", r -> opened.get(0).equals(r.key()));
        assertThat(events).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE))
                .containsExactly("vacancy.opened.v1", "vacancy.closed.v1");
    }

    @Test
    void invalidVacanciesNameTheOffendingFields() {
        String employer = EmployerResourceTest.createEmployer("Harbor Foods");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(CNA.replace("31-1131.00", "99-9999.99").replace("\"minimumLevel\":3}", "\"minimumLevel\":8}")
                        .replace("2.B.1.f", "9.Z"))
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("occupationCode"))
                .body("violations.field", hasItem("requiredSkills[0].minimumLevel"))
                .body("violations.field", hasItem("requiredSkills[1].elementId"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(CNA.replace("\"openings\":3", "\"openings\":\"many\""))
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(400).body("violations.field", hasItem("openings"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(CNA.replace("2.B.1.f", "2.A.1.a"))
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(400).body("violations.field", hasItem("requiredSkills[1].elementId"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(CNA.replace("\"day\"", "\"dawn\""))
                .post("/employers/" + employer + "/vacancies")
                .then().statusCode(400).body("violations.field", hasItem("shift"));
    }

    @Test
    void anotherEmployersVacanciesAreNotFound() {
        String mine = EmployerResourceTest.createEmployer("Summit Assembly");
        String theirs = EmployerResourceTest.createEmployer("Valley Plastics");
        String staff = Tokens.bearer("emma", "employer", mine);
        given().header("Authorization", staff).contentType(ContentType.JSON).body(CNA)
                .post("/employers/" + theirs + "/vacancies")
                .then().statusCode(404).contentType("application/problem+json");
        String theirVacancy = given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(CNA)
                .post("/employers/" + theirs + "/vacancies").then().statusCode(201).extract().path("id");
        given().header("Authorization", staff).get("/vacancies/" + theirVacancy).then().statusCode(404);
        given().header("Authorization", staff).contentType(ContentType.JSON).body("{\"reason\":\"filled\"}")
                .post("/vacancies/" + theirVacancy + "/close").then().statusCode(404);
        given().header("Authorization", staff).get("/vacancies?status=open")
                .then().statusCode(200).body("items.employerId", org.hamcrest.Matchers.everyItem(equalTo(mine)));
        given().header("Authorization", Tokens.bearer("nia", "navigator", "eastside-works"))
                .get("/vacancies/" + theirVacancy).then().statusCode(200);
        given().header("Authorization", ADMIN).get("/vacancies?size=500&status=shut").then().statusCode(400)
                .body("violations.field", hasItem("size"))
                .body("violations.field", hasItem("status"));
    }
}
