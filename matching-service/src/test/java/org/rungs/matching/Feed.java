package org.rungs.matching;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Feeds the golden sample events, with their ids replaced, to the real broker the way the producing services publish
 * them, and waits until matching-service has applied them (its inbox holds the event id).
 */
final class Feed {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());
    static final Duration PATIENCE = Duration.ofSeconds(45);

    private Feed() {
    }

    static String enrolled(UUID participant, String agency, boolean consent) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("partnerAgency", agency);
        data.put("consentToShare", consent);
        data.put("enrolledAt", java.time.Instant.now().toString());
        return send(ParticipantEvents.PARTICIPANT_ENROLLED, participant, data);
    }

    static String skill(UUID participant, String elementId, String level) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("skillRecordId", UUID.randomUUID().toString());
        data.put("elementId", elementId);
        data.put("level", new BigDecimal(level));
        return send(ParticipantEvents.SKILL_ATTAINED, participant, data);
    }

    /**
     * Grants consent with the given skills snapshot (element id to level), or withdraws it when {@code share} is false.
     */
    static String consent(UUID participant, boolean share, Map<String, String> skills) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.CONSENT_CHANGED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("shareWithEmployers", share);
        levels(data.putArray("skills"), skills);
        data.put("changedAt", java.time.Instant.now().toString());
        return send(ParticipantEvents.CONSENT_CHANGED, participant, data);
    }

    /** Opens a vacancy requiring the given element ids at the given levels. */
    static String opened(UUID vacancy, UUID employer, Map<String, String> required) {
        return send(EmployerEvents.VACANCY_OPENED, vacancy, openedData(vacancy, employer, required));
    }

    static ObjectNode openedData(UUID vacancy, UUID employer, Map<String, String> required) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.VACANCY_OPENED).deepCopy();
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        levels(data.putArray("requiredSkills"), required);
        return data;
    }

    static String closed(UUID vacancy, UUID employer) {
        return send(EmployerEvents.VACANCY_CLOSED, vacancy, closedData(vacancy, employer));
    }

    static ObjectNode closedData(UUID vacancy, UUID employer) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.VACANCY_CLOSED).deepCopy();
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        return data;
    }

    static String filled(UUID vacancy, UUID employer) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.VACANCY_FILLED).deepCopy();
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        return send(EmployerEvents.VACANCY_FILLED, vacancy, data);
    }

    /**
     * The sample ladder (two rungs, one transition) as published in the given version; version 1 is an earlier shape of
     * it: its entry rung alone, no transitions, another title.
     */
    static ObjectNode ladder(UUID ladder, int version) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.LADDER_PUBLISHED).deepCopy();
        data.put("ladderId", ladder.toString());
        data.put("version", version);
        if (version == 1) {
            data.put("title", "Direct care");
            data.withArray("rungs").remove(1);
            data.withArray("transitions").removeAll();
        }
        return data;
    }

    static String ladderPublished(UUID ladder, int version) {
        return send(EmployerEvents.LADDER_PUBLISHED, ladder, ladder(ladder, version));
    }

    static String ladderRetired(UUID ladder, int version) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.LADDER_RETIRED).deepCopy();
        data.put("ladderId", ladder.toString());
        data.put("version", version);
        return send(EmployerEvents.LADDER_RETIRED, ladder, data);
    }

    static String send(EventType<?> type, UUID key, ObjectNode data) {
        return KAFKA.send(type, key.toString(), json(data));
    }

    static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return EventJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String json(ObjectNode data) {
        try {
            return EventJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until matching-service has published every event it recorded (its outbox is drained). */
    static void awaitPublished() {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        await("matching-service's outbox drained").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                .until(() -> Sql.outboxDrained(dataSource));
    }

    /** Waits until matching-service has applied every one of the events. */
    static void awaitApplied(String... eventIds) {
        for (String id : eventIds) {
            await("event " + id + " applied").atMost(PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> applied(id));
        }
    }

    /**
     * Whether matching-service applied the event: a participant event once the participant feed's position on its
     * partition passed it, any other once the inbox holds it.
     */
    static boolean applied(String eventId) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        var position = KAFKA.position(eventId).filter(p -> p.topic().equals("rungs.participant"));
        if (position.isPresent()) {
            return Sql.number(dataSource, "select count(*) from feed_position where topic = ? and partition = ?"
                    + " and next_offset > ?", position.get().topic(), position.get().partition(),
                    position.get().offset()) == 1;
        }
        return Sql.number(dataSource,
                "select count(*) from processed_event where consumer = 'matching-service' and event_id = ?",
                eventId) == 1;
    }

    private static void levels(ArrayNode array, Map<String, String> levels) {
        levels.forEach((element, level) -> array.addObject().put("elementId", element).put("level",
                new BigDecimal(level)));
    }
}
