package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.count;
import static org.rungs.participant.Fixtures.enrol;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;
import static org.rungs.participant.Fixtures.rows;

import java.math.BigDecimal;
import java.time.Duration;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ConsentResourceTest {

    static final String GRANT = "{\"shareWithEmployers\":true}";
    static final String WITHDRAW = "{\"shareWithEmployers\":false}";

    final KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Test
    void grantingCarriesTheBestLevelPerSkillAndWithdrawingCarriesNone() throws Exception {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, false);
        String navigator = navigator(agency);
        recordSkill(navigator, participant, "2.A.1.a", "2", "self-reported");
        recordSkill(navigator, participant, "2.A.1.a", "3.5", "assessed");
        recordSkill(navigator, participant, "2.B.1.f", "3", "credential");
        recordSkill(navigator, participant, "2.A.1.a", "3.25", "self-reported");

        given().header("Authorization", navigator).contentType(ContentType.JSON).body(GRANT)
                .put("/participants/" + participant + "/consent")
                .then().statusCode(200).body("shareWithEmployers", equalTo(true));
        var granted = awaitConsent(participant, true);
        assertThat(KafkaProbe.header(granted, CloudEventHeaders.SOURCE)).isEqualTo("participant-service");
        assertThat(KafkaProbe.header(granted, CloudEventHeaders.SUBJECT)).isEqualTo(participant);
        assertThat(EventSamples.validate(ParticipantEvents.CONSENT_CHANGED, granted.value())).isEmpty();
        assertThat(EventSamples.fieldNames(granted.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(ParticipantEvents.CONSENT_CHANGED)));
        ConsentChanged grant = EventJson.mapper().readValue(granted.value(), ConsentChanged.class);
        assertThat(grant.skills()).extracting(SkillLevel::elementId).containsExactly("2.A.1.a", "2.B.1.f");
        assertThat(grant.skills()).extracting(SkillLevel::level)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("3.5"), new BigDecimal("3"));

        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(WITHDRAW)
                .put("/participants/" + participant + "/consent")
                .then().statusCode(200).body("shareWithEmployers", equalTo(false));
        var withdrawn = awaitConsent(participant, false);
        assertThat(EventSamples.validate(ParticipantEvents.CONSENT_CHANGED, withdrawn.value())).isEmpty();
        assertThat(EventJson.mapper().readValue(withdrawn.value(), ConsentChanged.class).skills()).isEmpty();
        assertThat(withdrawn.offset()).isGreaterThan(granted.offset());

        given().header("Authorization", navigator).get("/participants/" + participant + "/consent")
                .then().statusCode(200)
                .body("shareWithEmployers", equalTo(false))
                .body("history.shareWithEmployers", contains(false, true, false))
                .body("history.changedBy", contains("nia", "nia", "ada"));
        given().header("Authorization", navigator).get("/participants/" + participant)
                .then().statusCode(200).body("consentToShare", equalTo(false));
    }

    @Test
    void repeatingTheCurrentDecisionPublishesNothing() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, true);
        String navigator = navigator(agency);
        recordSkill(navigator, participant, "2.A.1.a", "3", "assessed");
        long outbox = count(dataSource, "select count(*) from outbox_event where aggregate_id = ?", participant);

        given().header("Authorization", navigator).contentType(ContentType.JSON).body(GRANT)
                .put("/participants/" + participant + "/consent")
                .then().statusCode(200)
                .body("shareWithEmployers", equalTo(true))
                .body("history", hasSize(1));

        assertThat(count(dataSource, "select count(*) from outbox_event where aggregate_id = ?", participant))
                .isEqualTo(outbox);
        assertThat(count(dataSource, "select count(*) from consent_change where participant_id = cast(? as uuid)",
                participant)).isEqualTo(1);

        given().header("Authorization", navigator).contentType(ContentType.JSON).body(WITHDRAW)
                .put("/participants/" + participant + "/consent").then().statusCode(200);
        given().header("Authorization", navigator).contentType(ContentType.JSON).body(WITHDRAW)
                .put("/participants/" + participant + "/consent")
                .then().statusCode(200).body("shareWithEmployers", equalTo(false)).body("history", hasSize(2));
        awaitConsent(participant, false);
        await().atMost(Duration.ofSeconds(20)).until(() -> Sql.outboxDrained(dataSource));
        var consentEvents = kafka.readToEnd("rungs.participant", r -> participant.equals(r.key())
                && "consent.changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)));
        assertThat(consentEvents).hasSize(1);
    }

    @Test
    void badConsentInputAndStrangersAreRefusedWithoutWriting() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, false);
        String consent = "/participants/" + participant + "/consent";
        long history = rows(dataSource, "consent_change");
        long outbox = rows(dataSource, "outbox_event");

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body("{}").put(consent)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("shareWithEmployers"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"shareWithEmployers\":\"maybe\"}").put(consent)
                .then().statusCode(400).body("violations.field", hasItem("shareWithEmployers"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body("{\"share")
                .put(consent)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));
        given().header("Authorization", navigator(newAgency("harbor-jobs"))).contentType(ContentType.JSON)
                .body(GRANT).put(consent)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", navigator(newAgency("harbor-jobs"))).get(consent)
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(GRANT).put(consent)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", agency)).contentType(ContentType.JSON)
                .body(GRANT).put(consent)
                .then().statusCode(403).contentType("application/problem+json");

        assertThat(rows(dataSource, "consent_change")).isEqualTo(history);
        assertThat(rows(dataSource, "outbox_event")).isEqualTo(outbox);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant)
                .then().statusCode(200).body("consentToShare", equalTo(false));
    }

    private ConsumerRecord<String, String> awaitConsent(String participant, boolean share) {
        return kafka.await("rungs.participant", r -> participant.equals(r.key())
                && "consent.changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE))
                && r.value().matches("(?s).*\"shareWithEmployers\": ?" + share + ".*"), Duration.ofSeconds(20));
    }

    private static void recordSkill(String token, String participant, String elementId, String level,
            String source) {
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"elementId\":\"" + elementId + "\",\"level\":" + level + ",\"source\":\"" + source + "\"}")
                .post("/participants/" + participant + "/skills").then().statusCode(201);
    }
}
