package org.rungs.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** Redelivered events change nothing; poison goes to the dead-letter topic and the events after it still flow. */
@QuarkusTest
class DeliveryTest {

    static final String DLQ = "matching-service.dlq";
    static final String READING = "2.A.1.a";

    @Test
    void anEventDeliveredTwiceIsAppliedOnce() {
        // the vacancy's events all go to one partition, so they are applied in the order sent
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        String openedJson = Feed.json(Feed.openedData(vacancy, employer, Map.of(READING, "3")));
        String opened = UUID.randomUUID().toString();
        Feed.KAFKA.sendRaw(cloudEvent("rungs.vacancy", 0, "vacancy.opened.v1", opened, vacancy, openedJson));
        String closed = UUID.randomUUID().toString();
        Feed.KAFKA.sendRaw(cloudEvent("rungs.vacancy", 0, "vacancy.closed.v1", closed, vacancy,
                Feed.json(Feed.closedData(vacancy, employer))));
        Feed.awaitApplied(opened, closed);
        notFound(vacancy);

        // the same event again, then another on the same partition: once that one is applied, so was the redelivery
        Feed.KAFKA.sendRaw(cloudEvent("rungs.vacancy", 0, "vacancy.opened.v1", opened, vacancy, openedJson));
        UUID next = UUID.randomUUID();
        String nextOpened = UUID.randomUUID().toString();
        Feed.KAFKA.sendRaw(cloudEvent("rungs.vacancy", 0, "vacancy.opened.v1", nextOpened, next,
                Feed.json(Feed.openedData(next, employer, Map.of(READING, "3")))));
        Feed.awaitApplied(nextOpened);
        notFound(vacancy);
        Candidates.of(next);

        UUID participant = UUID.randomUUID();
        String enrolled = Feed.enrolled(participant, "eastside-works", true);
        String withdrawn = Feed.consent(participant, false, Map.of());
        String granted = Feed.consent(participant, true, Map.of(READING, "4"));
        Feed.awaitApplied(enrolled, withdrawn, granted);
        assertThat(Candidates.among(Candidates.of(next), participant)).hasSize(1);

        Feed.KAFKA.send(ParticipantEvents.CONSENT_CHANGED, participant.toString(), withdrawn,
                "{\"participantId\":\"" + participant + "\",\"shareWithEmployers\":false,\"skills\":[],"
                        + "\"changedAt\":\"2026-11-04T09:30:00Z\"}");
        // the withdrawal again, then another event of the participant: once it is applied, so was the redelivery
        Feed.awaitApplied(Feed.skill(participant, "2.B.1.f", "3"));
        List<JsonNode> still = Candidates.among(Candidates.of(next), participant);
        assertThat(still).hasSize(1);
        assertThat(Candidates.ids(still)).containsExactly(participant.toString());
    }

    @Test
    void poisonLandsOnTheDeadLetterTopicWithItsReasonAndLaterEventsStillFlow() {
        UUID participant = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        String key = participant.toString();
        Map<String, String> expected = new HashMap<>();

        String noHeaders = "not an event " + UUID.randomUUID();
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", key, noHeaders));
        expected.put(noHeaders, "malformed-envelope");

        String notJson = "{\"participantId\": \"" + participant + "\", " + UUID.randomUUID();
        Feed.KAFKA.send(ParticipantEvents.SKILL_ATTAINED, key, notJson);
        expected.put(notJson, "unparseable");

        ObjectNode tooHigh = skillData(participant, "9");
        Feed.KAFKA.send(ParticipantEvents.SKILL_ATTAINED, key, Feed.json(tooHigh));
        expected.put(Feed.json(tooHigh), "invalid");

        ObjectNode nextMajor = Feed.openedData(vacancy, UUID.randomUUID(), Map.of(READING, "3"));
        // a major version no producer declares (v2 is declared beside v1: see EventVersionsTest)
        Feed.KAFKA.sendRaw(cloudEvent("rungs.vacancy", null, "vacancy.opened.v3", UUID.randomUUID().toString(),
                vacancy, Feed.json(nextMajor)));
        expected.put(Feed.json(nextMajor), "unsupported-version");

        ObjectNode twice = Feed.openedData(vacancy, UUID.randomUUID(), Map.of(READING, "3"));
        twice.withArray("requiredSkills").addObject().put("elementId", READING).put("level", 5);
        Feed.send(EmployerEvents.VACANCY_OPENED, vacancy, twice);
        expected.put(Feed.json(twice), "invalid");

        Feed.awaitApplied(Feed.enrolled(participant, "eastside-works", true),
                Feed.skill(participant, READING, "3.5"),
                Feed.opened(vacancy, UUID.randomUUID(), Map.of(READING, "3")));
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), participant)))
                .containsExactly(participant.toString());

        // the events after the poison are applied: the poison before them is on the dead-letter topic already
        List<ConsumerRecord<String, String>> dead = Feed.KAFKA.readToEnd(DLQ, r -> expected.containsKey(r.value()));
        assertThat(dead).extracting(ConsumerRecord::value).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (ConsumerRecord<String, String> r : dead) {
            assertThat(KafkaProbe.header(r, "dead-letter-reason")).startsWith(expected.get(r.value()) + ":");
            assertThat(KafkaProbe.header(r, "dead-letter-topic"))
                    .isEqualTo(r.key().equals(key) ? "rungs.participant" : "rungs.vacancy");
        }
    }

    static ObjectNode skillData(UUID participant, String level) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("level", new BigDecimal(level));
        return data;
    }

    /** A CloudEvent record of any type, on a chosen partition (or by key when null). */
    static ProducerRecord<String, String> cloudEvent(String topic, Integer partition, String type, String id,
            UUID subject, String json) {
        String key = subject.toString();
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.ID, bytes(id));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes("test"));
        headers.add(CloudEventHeaders.SUBJECT, bytes(key));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return new ProducerRecord<>(topic, partition, key, json, headers);
    }

    static void notFound(UUID vacancy) {
        given().header("Authorization", Candidates.ADMIN).get("/vacancies/" + vacancy + "/candidates")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
