package org.rungs.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Feeds the golden sample events, with their ids replaced, to the real broker the way the producing services publish
 * them (CloudEvents keyed by aggregate id). Every event fed still validates against its schema. Each method returns the
 * event id (ce_id), so a test can deliver the same event again.
 */
final class Feed {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    private Feed() {
    }

    static String agency() {
        return "agency-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String enrolled(UUID participant, String agency, boolean consent) {
        return KAFKA.send(ParticipantEvents.PARTICIPANT_ENROLLED, participant.toString(),
                enrolledJson(participant, agency, consent));
    }

    static String enrolledJson(UUID participant, String agency, boolean consent) {
        return enrolledJson(participant, participant, agency, consent);
    }

    /** An enrolment of a person (their person id) at an agency. */
    static String enrolledJson(UUID participant, UUID person, String agency, boolean consent) {
        return json(ParticipantEvents.PARTICIPANT_ENROLLED, sample(ParticipantEvents.PARTICIPANT_ENROLLED,
                "participantId", participant, "partnerAgency", agency, "consentToShare", consent, "personId",
                person));
    }

    static String skill(UUID participant, UUID skillRecord) {
        return KAFKA.send(ParticipantEvents.SKILL_ATTAINED, participant.toString(),
                skillData(participant, skillRecord));
    }

    /** Delivers a skill.attained.v1 with the given event id: the same event again when the id was used before. */
    static String skill(UUID participant, UUID skillRecord, String eventId) {
        return KAFKA.send(ParticipantEvents.SKILL_ATTAINED, participant.toString(), eventId,
                skillData(participant, skillRecord));
    }

    private static String skillData(UUID participant, UUID skillRecord) {
        return json(ParticipantEvents.SKILL_ATTAINED,
                sample(ParticipantEvents.SKILL_ATTAINED, "participantId", participant, "skillRecordId", skillRecord));
    }

    static String consent(UUID participant, boolean share, Instant changedAt) {
        ObjectNode data = sample(ParticipantEvents.CONSENT_CHANGED);
        data.put("participantId", participant.toString());
        data.put("shareWithEmployers", share);
        data.put("changedAt", changedAt.toString());
        if (!share) {
            data.putArray("skills");
        }
        return send(ParticipantEvents.CONSENT_CHANGED, participant, data);
    }

    static String employerJoined(UUID employer, String name) {
        return send(EmployerEvents.EMPLOYER_JOINED, employer,
                sample(EmployerEvents.EMPLOYER_JOINED, "employerId", employer, "name", name));
    }

    static String vacancyOpened(UUID vacancy, UUID employer) {
        return send(EmployerEvents.VACANCY_OPENED, vacancy,
                sample(EmployerEvents.VACANCY_OPENED, "vacancyId", vacancy, "employerId", employer));
    }

    static String vacancyClosed(UUID vacancy, UUID employer) {
        return send(EmployerEvents.VACANCY_CLOSED, vacancy,
                sample(EmployerEvents.VACANCY_CLOSED, "vacancyId", vacancy, "employerId", employer));
    }

    static String programPublished(UUID program, UUID provider) {
        return send(TrainingEvents.PROGRAM_PUBLISHED, program,
                sample(TrainingEvents.PROGRAM_PUBLISHED, "programId", program, "providerId", provider));
    }

    static String matchProposed(UUID match, UUID vacancy, UUID employer, UUID participant, String agency,
            Instant proposedAt) {
        return send(MatchingEvents.MATCH_PROPOSED, match,
                sample(MatchingEvents.MATCH_PROPOSED, "matchId", match, "vacancyId", vacancy, "employerId", employer,
                        "participantId", participant, "partnerAgency", agency, "proposedAt", proposedAt));
    }

    static String vacancyFilled(UUID vacancy, UUID employer) {
        return send(EmployerEvents.VACANCY_FILLED, vacancy,
                sample(EmployerEvents.VACANCY_FILLED, "vacancyId", vacancy, "employerId", employer));
    }

    /**
     * The sample ladder (two rungs, one transition) as published in the given version; version 1 is an earlier shape of
     * it: its entry rung alone, no transitions, another title.
     */
    static ObjectNode ladder(UUID ladder, int version) {
        ObjectNode data = sample(EmployerEvents.LADDER_PUBLISHED);
        data.put("ladderId", ladder.toString());
        data.put("version", version);
        data.put("publishedAt", LADDER_PUBLISHED_AT.plus(Duration.ofDays(version)).toString());
        if (version == 1) {
            data.put("title", "Direct care");
            data.withArray("rungs").remove(1);
            data.withArray("transitions").removeAll();
        }
        return data;
    }

    static final Instant LADDER_PUBLISHED_AT = Instant.parse("2026-11-01T12:00:00Z");

    static String ladderPublished(UUID ladder, int version) {
        return send(EmployerEvents.LADDER_PUBLISHED, ladder, ladder(ladder, version));
    }

    static String ladderRetired(UUID ladder, int version) {
        return send(EmployerEvents.LADDER_RETIRED, ladder,
                sample(EmployerEvents.LADDER_RETIRED, "ladderId", ladder, "version", version));
    }

    static ObjectNode agreementSigned(UUID agreement, UUID employer) {
        return sample(EmployerEvents.AGREEMENT_SIGNED, "agreementId", agreement, "employerId", employer);
    }

    static ObjectNode agreementEnded(UUID agreement, UUID employer) {
        return sample(EmployerEvents.AGREEMENT_ENDED, "agreementId", agreement, "employerId", employer);
    }

    /** A referral's move to a stage at a time. */
    static ObjectNode referral(UUID referral, UUID participant, String agency, String stage, String previousStage,
            Instant changedAt) {
        return sample(EmployerEvents.REFERRAL_CHANGED, "referralId", referral, "participantId", participant,
                "partnerAgency", agency, "stage", stage, "previousStage", previousStage, "changedAt", changedAt);
    }

    static ObjectNode hire(UUID employment, UUID participant) {
        return sample(EmployerEvents.HIRE_RECORDED, "employmentId", employment, "participantId", participant);
    }

    static ObjectNode promotion(UUID promotion, UUID employment, UUID participant) {
        return sample(EmployerEvents.PROMOTION_RECORDED, "promotionId", promotion, "employmentId", employment,
                "participantId", participant);
    }

    static ObjectNode retentionCheck(UUID employment, UUID participant, int daysAfterHire) {
        return sample(EmployerEvents.RETENTION_CHECKED, "employmentId", employment, "participantId", participant,
                "daysAfterHire", daysAfterHire);
    }

    static ObjectNode separation(UUID employment, UUID participant) {
        return sample(EmployerEvents.SEPARATION_RECORDED, "employmentId", employment, "participantId", participant);
    }

    /**
     * The golden sample of an event type with some fields set: {@code sample(type, "vacancyId", vacancy,
     * "employerId", employer)}; each value is written as the event's JSON would hold it.
     */
    static ObjectNode sample(EventType<?> type, Object... fieldsAndValues) {
        ObjectNode data = EventSamples.sampleTree(type).deepCopy();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            data.set((String) fieldsAndValues[i], EventJson.mapper().valueToTree(fieldsAndValues[i + 1]));
        }
        return data;
    }

    /** Sends an event keyed by its aggregate id; returns its event id. */
    static String send(EventType<?> type, UUID key, ObjectNode data) {
        return KAFKA.send(type, key.toString(), json(type, data));
    }

    /** Delivers an event with the given event id: the same event again when the id was used before. */
    static String send(EventType<?> type, UUID key, String eventId, ObjectNode data) {
        return KAFKA.send(type, key.toString(), eventId, json(type, data));
    }

    /** Waits until reporting-service has applied every one of the events (its inbox holds their ids). */
    static void awaitApplied(String... eventIds) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        for (String id : eventIds) {
            await("event " + id + " applied").atMost(Indicators.PATIENCE).pollInterval(Duration.ofMillis(100))
                    .until(() -> Sql.number(dataSource, "select count(*) from processed_event"
                            + " where consumer = 'reporting-service' and event_id = ?", id) == 1);
        }
    }

    private static String json(EventType<?> type, ObjectNode data) {
        try {
            String json = EventJson.mapper().writeValueAsString(data);
            assertThat(EventSamples.validate(type, json)).as("%s fed in conforms to its schema", type.name())
                    .isEmpty();
            return json;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
