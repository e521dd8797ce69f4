package org.rungs.training;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A participant's way through training: a cohort that fits (or clashes with) their shift, seats and entrance
 * requirements, a skill gain, completion and the credential it awards, signed as an Open Badges 3.0 credential that
 * verifies with an independent JOSE library against the network's published key.
 */
@QuarkusTest
class TrainingJourneyTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    static final String ADMIN = ProviderResourceTest.ADMIN;

    @TestHTTPResource("/.well-known/jwks.json")
    URL jwks;

    static String navigator(String agency) {
        return Tokens.bearer("nia", "navigator", agency);
    }

    /** A participant enrolled at the agency, as participant-service announces them, with one skill level. */
    static String participant(String agency, String shift, String level) {
        String id = UUID.randomUUID().toString();
        ObjectNode enrolled = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
        enrolled.put("participantId", id).put("partnerAgency", agency).put("workShift", shift);
        KAFKA.send(ParticipantEvents.PARTICIPANT_ENROLLED, id, enrolled.toString());
        if (level != null) {
            ObjectNode skill = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
            skill.put("participantId", id).put("skillRecordId", UUID.randomUUID().toString())
                    .put("elementId", "2.A.1.a").put("level", Double.parseDouble(level));
            KAFKA.send(ParticipantEvents.SKILL_ATTAINED, id, skill.toString());
        }
        return id;
    }

    static String program(String provider, String staff, String prerequisite) {
        String body = ProgramResourceTest.CNA.replace("\"cost\":850.00", "\"cost\":850.00,"
                + "\"credentialType\":\"industry-certificate\",\"entrySkills\":[{\"elementId\":\"2.A.1.a\","
                + "\"level\":3}]"
                + (prerequisite == null ? "" : ",\"prerequisitePrograms\":[\"" + prerequisite + "\"]"));
        return given().header("Authorization", staff).contentType(ContentType.JSON).body(body)
                .post("/providers/" + provider + "/programs").then().statusCode(201)
                .body("credentialType", equalTo("industry-certificate")).extract().path("id");
    }

    static String cohort(String program, String staff, int seats) {
        return given().header("Authorization", staff).contentType(ContentType.JSON).body("""
                {"startDate":"%s","endDate":"%s","meetingDays":["monday","wednesday"],"startTime":"18:00",
                 "endTime":"21:00","deliveryMode":"hybrid","location":"Northside College, Room B204","seats":%d,
                 "costToParticipant":0}""".formatted(TODAY.minusDays(40), TODAY.plusDays(20), seats))
                .post("/programs/" + program + "/cohorts").then().statusCode(201)
                .body("seatsFree", equalTo(seats)).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse enrol(String agency, String cohort, String participant) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"participantId\":\"" + participant + "\",\"enrolledOn\":\"" + TODAY.minusDays(30) + "\"}")
                .post("/cohorts/" + cohort + "/enrolments").then();
    }

    @Test
    void fromEnrolmentToAVerifiableCredential() throws Exception {
        String agency = "eastside-" + UUID.randomUUID().toString().substring(0, 8);
        String provider = ProviderResourceTest.createProvider("Northside College " + UUID.randomUUID(), "college");
        String staff = Tokens.bearer("pat", "provider", provider);
        String maria = participant(agency, "evening", "3.5");
        String sam = participant(agency, "day", null);
        String cna = program(provider, staff, null);
        String cohort = cohort(cna, staff, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", navigator(agency)).get("/participants/" + sam + "/enrolments").then()
                .statusCode(200));

        String enrolment = await().atMost(Duration.ofSeconds(30)).until(() -> enrol(agency, cohort, maria)
                .extract().response(), r -> r.statusCode() == 201).path("id");
        given().header("Authorization", navigator(agency)).get("/enrolments/" + enrolment).then()
                .body("scheduleClash", containsString("evening shift"));
        enrol(agency, cohort, sam).statusCode(409).body("type", equalTo("urn:rungs:problem:cohort-full"));
        enrol(agency, cohort(cna, staff, 5), sam).statusCode(409)
                .body("type", equalTo("urn:rungs:problem:entrance-requirements-not-met"))
                .body("detail", containsString("2.A.1.a at level 3 (has none)"));
        enrol("northside-" + UUID.randomUUID(), cohort, maria).statusCode(404);

        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body("{\"type\":\"training-milestone\",\"achievedOn\":\"" + TODAY.minusDays(10) + "\"}")
                .post("/enrolments/" + enrolment + "/skill-gains").then().statusCode(200)
                .body("skillGains", hasSize(1));
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body("{\"type\":\"skills-exam\",\"achievedOn\":\"" + TODAY.minusDays(31) + "\"}")
                .post("/enrolments/" + enrolment + "/skill-gains").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:dated-before-enrolment"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body("{}")
                .post("/enrolments/" + enrolment + "/completion").then().statusCode(403);
        String credential = given().header("Authorization", staff).contentType(ContentType.JSON).body("{}")
                .post("/enrolments/" + enrolment + "/completion").then().statusCode(200)
                .body("status", equalTo("completed")).body("credentialId", notNullValue())
                .extract().path("credentialId");
        given().header("Authorization", staff).contentType(ContentType.JSON).body("{}")
                .post("/enrolments/" + enrolment + "/completion").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:enrolment-not-active"));

        var awarded = KAFKA.await("rungs.credential", r -> maria.equals(r.key())
                && "credential.awarded.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(TrainingEvents.CREDENTIAL_AWARDED, awarded.value())).isEmpty();
        assertThat(EventJson.mapper().readTree(awarded.value()).path("skills")).hasSize(2);

        // the credential it awards is a prerequisite of the next program: met for Maria, not for Sam
        String lpn = program(provider, staff, cna);
        String lpnCohort = cohort(lpn, staff, 10);
        enrol(agency, lpnCohort, maria).statusCode(201).body("scheduleClash", containsString("evening"));
        String anotherAgency = "harbor-" + UUID.randomUUID().toString().substring(0, 8);
        String lee = participant(anotherAgency, null, "4");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> enrol(anotherAgency, lpnCohort, lee)
                .statusCode(409).body("type", equalTo("urn:rungs:problem:entrance-requirements-not-met"))
                .body("detail", containsString("State CNA certificate")));

        verifiesAsAnOpenBadge(agency, credential, maria);
        given().header("Authorization", navigator(anotherAgency)).get("/credentials/" + credential).then()
                .statusCode(404);
        given().header("Authorization", navigator(agency)).get("/participants/" + maria + "/credentials").then()
                .statusCode(200).body("[0].type", equalTo("industry-certificate"))
                .body("[0].skills.elementId", org.hamcrest.Matchers.hasItem("2.B.1.f"));
    }

    private void verifiesAsAnOpenBadge(String agency, String credential, String participant) throws Exception {
        String enveloped = given().header("Authorization", navigator(agency)).accept("application/vc+ld+json")
                .get("/credentials/" + credential).then().statusCode(200)
                .contentType("application/vc+ld+json").body("type", equalTo("EnvelopedVerifiableCredential"))
                .extract().path("id");
        assertThat(enveloped).startsWith("data:application/vc+jwt,");
        JWSObject jws = JWSObject.parse(enveloped.substring("data:application/vc+jwt,".length()));

        JWKSet keys = JWKSet.load(URI.create(jwks.toString()).toURL());
        ECKey key = (ECKey) keys.getKeyByKeyId(jws.getHeader().getKeyID());
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(jws.verify(new ECDSAVerifier(key))).isTrue();
        assertThat(jws.getHeader().getAlgorithm().getName()).isEqualTo("ES256");

        JsonNode vc = EventJson.mapper().readTree(jws.getPayload().toString());
        assertThat(vc.path("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(vc.path("credentialSubject").path("id").asText()).isEqualTo("urn:uuid:" + participant);
        JsonNode achievement = vc.path("credentialSubject").path("achievement");
        assertThat(achievement.path("name").asText()).isEqualTo("State CNA certificate");
        assertThat(achievement.path("alignment").findValuesAsText("targetCode")).contains("2.B.1.f", "2.C.5.a");

        String tampered = jws.getHeader().toBase64URL() + "." + com.nimbusds.jose.util.Base64URL
                .encode(jws.getPayload().toString().replace("State CNA", "Registered Nurse")) + "."
                + jws.getSignature();
        assertThat(JWSObject.parse(tampered).verify(new ECDSAVerifier(key))).isFalse();

        String compact = given().header("Authorization", navigator(agency)).accept("application/vc+jwt")
                .get("/credentials/" + credential).then().statusCode(200).extract().asString();
        assertThat(JWSObject.parse(compact).verify(new ECDSAVerifier(key))).isTrue();
        given().get("/.well-known/jwks.json").then().statusCode(200).body("keys[0].kty", equalTo("EC"))
                .body("keys[0].d", nullValue());
    }
}
