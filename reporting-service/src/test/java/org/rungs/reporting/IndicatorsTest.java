package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventType;
import org.rungs.spine.testing.EventSamples;
import org.rungs.spine.testing.KafkaProbe;
import org.rungs.spine.testing.KafkaTestResource;
import org.rungs.spine.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IndicatorsTest {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);
    static final String ANALYST = Tokens.bearer("ana", "analyst", null);
    static final Duration WAIT = Duration.ofSeconds(30);

    final KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Test
    void countsFollowTheEventsOncePerEventAndSmallCellsAreSuppressed() {
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            String participant = UUID.randomUUID().toString();
            kafka.send(EventType.PARTICIPANT_ENROLLED, participant, enrolled(participant, agency));
            String skillEventId = kafka.send(EventType.SKILL_ATTAINED, participant, skill(participant));
            if (i == 0) {
                // a redelivery of the same event (same ce_id)
                kafka.send(EventType.SKILL_ATTAINED, participant, skillEventId, skill(participant));
            }
        }
        await().atMost(WAIT).untilAsserted(() -> assertThat(raw(agency).getInt("byPartnerAgency[0].skillsAttained"))
                .isEqualTo(3));
        JsonPath raw = raw(agency);
        assertThat(raw.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(3);
        assertThat(raw.getBoolean("byPartnerAgency[0].suppressed")).isFalse();

        given().header("Authorization", ANALYST).get("/indicators?partnerAgency=" + agency)
                .then().statusCode(200)
                .body("byPartnerAgency[0].participantsEnrolled", nullValue())
                .body("byPartnerAgency[0].suppressed", equalTo(true));
        given().header("Authorization", ANALYST).get("/indicators?suppress=false")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void vacanciesAndMatchesCountByEmployer() {
        String employer = UUID.randomUUID().toString();
        String vacancy = UUID.randomUUID().toString();
        kafka.send(EventType.EMPLOYER_JOINED, employer, EventSamples.sample(EventType.EMPLOYER_JOINED)
                .replace("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", employer));
        kafka.send(EventType.VACANCY_OPENED, vacancy, EventSamples.sample(EventType.VACANCY_OPENED)
                .replace("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", vacancy)
                .replace("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", employer));
        String match = UUID.randomUUID().toString();
        kafka.send(EventType.MATCH_PROPOSED, match, EventSamples.sample(EventType.MATCH_PROPOSED)
                .replace("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", match)
                .replace("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", vacancy)
                .replace("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", employer));
        await().atMost(WAIT).untilAsserted(() -> {
            JsonPath json = JsonPath.from(given().header("Authorization", ADMIN)
                    .get("/indicators?suppress=false&employerId=" + employer).then().statusCode(200).extract()
                    .asString());
            assertThat(json.getInt("byEmployer[0].vacanciesOpen")).isEqualTo(1);
            assertThat(json.getInt("byEmployer[0].matchesProposed")).isEqualTo(1);
        });
        kafka.send(EventType.VACANCY_CLOSED, vacancy, EventSamples.sample(EventType.VACANCY_CLOSED)
                .replace("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", vacancy)
                .replace("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", employer));
        await().atMost(WAIT).until(() -> given().header("Authorization", ADMIN)
                .get("/indicators?suppress=false&employerId=" + employer).then().extract()
                .path("byEmployer[0].vacanciesOpen").equals(0));
    }

    @Test
    void poisonIsDeadLetteredAndLaterEventsStillCount() {
        String participant = UUID.randomUUID().toString();
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.TYPE, "participant.enrolled.v2".getBytes(StandardCharsets.UTF_8));
        headers.add(CloudEventHeaders.SOURCE, "test".getBytes(StandardCharsets.UTF_8));
        kafka.sendRaw(new ProducerRecord<>("rungs.participant", null, participant, "{}", headers));
        kafka.sendRaw(new ProducerRecord<>("rungs.participant", participant, "not a cloud event"));
        kafka.send(EventType.PARTICIPANT_ENROLLED, participant, enrolled(participant, agency));

        await().atMost(WAIT).untilAsserted(
                () -> assertThat(raw(agency).getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(1));
        var dead = kafka.readAll("reporting-service.dlq", r -> participant.equals(r.key()), Duration.ofSeconds(5));
        assertThat(dead).hasSize(2);
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).contains("unsupported-version"))
                .anySatisfy(reason -> assertThat(reason).contains("malformed-envelope"));
    }

    @Test
    void aReplayRebuildsTheSameIndicators() {
        String participant = UUID.randomUUID().toString();
        String agency = "agency-" + UUID.randomUUID().toString().substring(0, 8);
        kafka.send(EventType.PARTICIPANT_ENROLLED, participant, enrolled(participant, agency));
        await().atMost(WAIT).until(() -> raw(agency).getList("byPartnerAgency").size() == 1);
        Map<String, Object> before = comparable();

        given().header("Authorization", ADMIN).post("/admin/replay")
                .then().statusCode(200).body("eventsRead", org.hamcrest.Matchers.greaterThan(0));

        assertThat(comparable()).isEqualTo(before);
    }

    @Test
    void securityAndBadFilters() {
        given().get("/indicators").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nia", "navigator", "eastside-works")).get("/indicators")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).post("/admin/replay").then().statusCode(403);
        given().header("Authorization", ADMIN).get("/indicators?employerId=nope&suppress=maybe&partnerAgency=a b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("employerId"))
                .body("violations.field", hasItem("suppress"))
                .body("violations.field", hasItem("partnerAgency"));
    }

    private Map<String, Object> comparable() {
        Map<String, Object> all = new java.util.HashMap<>(given().header("Authorization", ADMIN)
                .get("/indicators?suppress=false").then().statusCode(200).extract().jsonPath().getMap("$"));
        all.remove("asOf");
        return all;
    }

    private static JsonPath raw(String agency) {
        return JsonPath.from(given().header("Authorization", ADMIN)
                .get("/indicators?suppress=false&partnerAgency=" + agency).then().statusCode(200).extract()
                .asString());
    }

    private static String enrolled(String participant, String agency) {
        return EventSamples.sample(EventType.PARTICIPANT_ENROLLED)
                .replace("3f1c2b1e-8d4a-4c1e-9a5b-2f6d7e8a9b01", participant)
                .replace("eastside-works", agency);
    }

    private static String skill(String participant) {
        return EventSamples.sample(EventType.SKILL_ATTAINED)
                .replace("3f1c2b1e-8d4a-4c1e-9a5b-2f6d7e8a9b01", participant)
                .replace("9b2e4c6a-1d3f-4e5a-8b7c-0d1e2f3a4b5c", UUID.randomUUID().toString());
    }
}
