package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.enrol;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;
import static org.rungs.participant.Fixtures.rows;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ParticipantResourceTest {

    static final String MARIA = """
            {"givenName":"Maria","familyName":"Lopez","email":"maria.lopez@example.org","phone":"+1 (555) 010-2030",
             "currentOccupationCode":"31-1122.00","currentHourlyWage":16.25,"consentToShare":true,
             "barriers":["childcare","criminal-record"],"dateOfBirth":"1991-02-14","programEntryDate":"2026-10-01",
             "employmentStatusAtEntry":"employed","highestEducation":"secondary-equivalency","uiClaimant":false,
             "lowIncome":true,"demographics":{"sex":"female","hispanicLatino":true,"white":false,"veteran":false}}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void enrolmentPublishesParticipantEnrolledWithoutContactDetails() {
        String agency = newAgency("eastside-works");
        String id = given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(MARIA)
                .post("/participants")
                .then().statusCode(201)
                .header("Location", containsString("/participants/"))
                .body("partnerAgency", equalTo(agency))
                .body("givenName", equalTo("Maria"))
                .body("email", equalTo("maria.lopez@example.org"))
                .body("currentOccupationTitle", equalTo("Personal Care Aides"))
                .body("currentHourlyWage", equalTo(16.25f))
                .body("barriers", hasItems("childcare", "criminal-record"))
                .body("enrolledBy", equalTo("nia"))
                .extract().path("id");

        var record = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(record, CloudEventHeaders.TYPE)).isEqualTo("participant.enrolled.v1");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SOURCE)).isEqualTo("participant-service");
        assertThat(KafkaProbe.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(EventSamples.validate(ParticipantEvents.PARTICIPANT_ENROLLED, record.value())).isEmpty();
        assertThat(EventSamples.fieldNames(record.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(ParticipantEvents.PARTICIPANT_ENROLLED)));
        assertThat(record.value()).contains(agency, "criminal-record")
                .doesNotContain("Maria", "Lopez", "maria.lopez@example.org", "010-2030");

        given().header("Authorization", navigator(agency)).get("/participants/" + id)
                .then().statusCode(200).body("familyName", equalTo("Lopez")).body("consentToShare", equalTo(true));
    }

    @Test
    void theEnrollingAgencyComesFromTheNavigatorsTokenOrTheAdminsRequest() {
        String agency = newAgency("northside-jobs");
        String bare = "{\"givenName\":\"Lee\",\"familyName\":\"Chen\",\"consentToShare\":false}";
        String forAgency = "{\"partnerAgency\":\"" + agency
                + "\",\"givenName\":\"Lee\",\"familyName\":\"Chen\",\"consentToShare\":false}";

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(bare).post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("partnerAgency"));
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(forAgency).post("/participants")
                .then().statusCode(201).body("partnerAgency", equalTo(agency))
                .body("currentOccupationCode", nullValue()).body("enrolledBy", equalTo("ada"));

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(forAgency)
                .post("/participants").then().statusCode(201).body("partnerAgency", equalTo(agency));
        given().header("Authorization", navigator(newAgency("westside"))).contentType(ContentType.JSON)
                .body(forAgency).post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("partnerAgency"));

        given().header("Authorization", Tokens.bearer("nia", "navigator", null)).contentType(ContentType.JSON)
                .body(bare).post("/participants")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void badInputIsAProblemWithTheOffendingFieldsAndWritesNothing() {
        long participants = rows(dataSource, "participant");
        long outbox = rows(dataSource, "outbox_event");
        long consent = rows(dataSource, "consent_change");
        String navigator = navigator(newAgency("eastside-works"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("31-1122.00", "99-9999.99").replace("\"Maria\"", "\" \"")
                        .replace("maria.lopez@example.org", "not-an-email").replace("+1 (555) 010-2030", "call me")
                        .replace("16.25", "16.255").replace("\"consentToShare\":true,", ""))
                .post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", hasItems("currentOccupationCode", "givenName", "email", "phone",
                        "currentHourlyWage", "consentToShare"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("16.25", "0").replace("\"Lopez\"", "\"" + "L".repeat(101) + "\""))
                .post("/participants")
                .then().statusCode(400)
                .body("violations.field", hasItems("currentHourlyWage", "familyName"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("16.25", "1000.01")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("currentHourlyWage"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("\"criminal-record\"", "\"bad-luck\"")).post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("barriers[1]"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("\"criminal-record\"", "\"CRIMINAL_RECORD\"")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("barriers[1]"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("16.25", "\"lots\"")).post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("currentHourlyWage"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("\"consentToShare\":true", "\"consentToShare\":\"maybe\"")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("consentToShare"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("[\"childcare\",\"criminal-record\"]", "\"childcare\"")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("barriers"));

        given().header("Authorization", navigator).contentType(ContentType.JSON).body("{\"givenName\": ")
                .post("/participants")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));

        given().header("Authorization", navigator).contentType(ContentType.JSON).body("[1,2]")
                .post("/participants").then().statusCode(400).contentType("application/problem+json");

        given().header("Authorization", navigator).contentType(ContentType.JSON).post("/participants")
                .then().statusCode(400).contentType("application/problem+json");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(MARIA.replaceFirst("\\{", "{\"partnerAgency\":\"east side!\",")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("partnerAgency"));

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(MARIA.replace("\"Lopez\"", "\"Lo\\u0000pez\"")).post("/participants")
                .then().statusCode(400).body("violations.field", hasItem("familyName"));
        given().header("Authorization", ADMIN).get("/participants?partnerAgency=%00")
                .then().statusCode(400).body("violations.field", hasItem("partnerAgency"));

        assertThat(rows(dataSource, "participant")).isEqualTo(participants);
        assertThat(rows(dataSource, "outbox_event")).isEqualTo(outbox);
        assertThat(rows(dataSource, "consent_change")).isEqualTo(consent);
    }

    @Test
    void navigatorsSeeOnlyTheirAgencysParticipants() {
        String mine = newAgency("eastside-works");
        String theirs = newAgency("harbor-jobs");
        String own = enrol(mine, true);
        String other = enrol(theirs, true);
        enrol(theirs, false);

        given().header("Authorization", navigator(mine)).get("/participants/" + own).then().statusCode(200);
        given().header("Authorization", navigator(mine)).get("/participants/" + other)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", navigator(mine)).get("/participants/" + UUID.randomUUID())
                .then().statusCode(404);
        given().header("Authorization", navigator(mine)).get("/participants/not-a-uuid").then().statusCode(404);
        given().header("Authorization", ADMIN).get("/participants/" + other).then().statusCode(200);

        given().header("Authorization", navigator(mine)).get("/participants?size=200")
                .then().statusCode(200)
                .body("items.partnerAgency", everyItem(equalTo(mine)))
                .body("total", equalTo(1));
        given().header("Authorization", navigator(mine)).get("/participants?partnerAgency=" + theirs)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", ADMIN).get("/participants?partnerAgency=" + theirs + "&size=1")
                .then().statusCode(200)
                .body("total", equalTo(2)).body("size", equalTo(1))
                .body("items.partnerAgency", everyItem(equalTo(theirs)));
        given().header("Authorization", ADMIN).get("/participants?size=500&page=-1")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItems("size", "page"));
        given().header("Authorization", Tokens.bearer("nia", "navigator", null)).get("/participants")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void securityAnswersWithProblems() {
        String id = enrol(newAgency("eastside-works"), true);
        given().contentType(ContentType.JSON).body(MARIA).post("/participants")
                .then().statusCode(401).contentType("application/problem+json");
        given().get("/participants/" + id).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get("/participants")
                .then().statusCode(401).contentType("application/problem+json");

        String employer = Tokens.bearer("emma", "employer", UUID.randomUUID().toString());
        given().header("Authorization", employer).contentType(ContentType.JSON).body(MARIA).post("/participants")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", employer).get("/participants/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", employer).get("/participants")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void healthMetricsAndApiDocsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
