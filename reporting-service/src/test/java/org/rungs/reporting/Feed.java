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
        ObjectNode data = sample(ParticipantEvents.PARTICIPANT_ENROLLED);
        data.put("participantId", participant.toString());
        data.put("partnerAgency", agency);
        data.put("consentToShare", consent);
        return json(ParticipantEvents.PARTICIPANT_ENROLLED, data);
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
        ObjectNode data = sample(ParticipantEvents.SKILL_ATTAINED);
        data.put("participantId", participant.toString());
        data.put("skillRecordId", skillRecord.toString());
        return json(ParticipantEvents.SKILL_ATTAINED, data);
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
        ObjectNode data = sample(EmployerEvents.EMPLOYER_JOINED);
        data.put("employerId", employer.toString());
        data.put("name", name);
        return send(EmployerEvents.EMPLOYER_JOINED, employer, data);
    }

    static String vacancyOpened(UUID vacancy, UUID employer) {
        ObjectNode data = sample(EmployerEvents.VACANCY_OPENED);
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        return send(EmployerEvents.VACANCY_OPENED, vacancy, data);
    }

    static String vacancyClosed(UUID vacancy, UUID employer) {
        ObjectNode data = sample(EmployerEvents.VACANCY_CLOSED);
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        return send(EmployerEvents.VACANCY_CLOSED, vacancy, data);
    }

    static String programPublished(UUID program, UUID provider) {
        ObjectNode data = sample(TrainingEvents.PROGRAM_PUBLISHED);
        data.put("programId", program.toString());
        data.put("providerId", provider.toString());
        return send(TrainingEvents.PROGRAM_PUBLISHED, program, data);
    }

    static String matchProposed(UUID match, UUID vacancy, UUID employer, UUID participant, String agency,
            Instant proposedAt) {
        ObjectNode data = sample(MatchingEvents.MATCH_PROPOSED);
        data.put("matchId", match.toString());
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        data.put("participantId", participant.toString());
        data.put("partnerAgency", agency);
        data.put("proposedAt", proposedAt.toString());
        return send(MatchingEvents.MATCH_PROPOSED, match, data);
    }

    static String vacancyFilled(UUID vacancy, UUID employer) {
        ObjectNode data = sample(EmployerEvents.VACANCY_FILLED);
        data.put("vacancyId", vacancy.toString());
        data.put("employerId", employer.toString());
        return send(EmployerEvents.VACANCY_FILLED, vacancy, data);
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
        ObjectNode data = sample(EmployerEvents.LADDER_RETIRED);
        data.put("ladderId", ladder.toString());
        data.put("version", version);
        return send(EmployerEvents.LADDER_RETIRED, ladder, data);
    }

    static ObjectNode agreementSigned(UUID agreement, UUID employer) {
        ObjectNode data = sample(EmployerEvents.AGREEMENT_SIGNED);
        data.put("agreementId", agreement.toString());
        data.put("employerId", employer.toString());
        return data;
    }

    static ObjectNode agreementEnded(UUID agreement, UUID employer) {
        ObjectNode data = sample(EmployerEvents.AGREEMENT_ENDED);
        data.put("agreementId", agreement.toString());
        data.put("employerId", employer.toString());
        return data;
    }

    /** A referral's move to a stage at a time. */
    static ObjectNode referral(UUID referral, UUID participant, String agency, String stage, String previousStage,
            Instant changedAt) {
        ObjectNode data = sample(EmployerEvents.REFERRAL_CHANGED);
        data.put("referralId", referral.toString());
        data.put("participantId", participant.toString());
        data.put("partnerAgency", agency);
        data.put("stage", stage);
        data.put("previousStage", previousStage);
        data.put("changedAt", changedAt.toString());
        return data;
    }

    static ObjectNode hire(UUID employment, UUID participant) {
        ObjectNode data = sample(EmployerEvents.HIRE_RECORDED);
        data.put("employmentId", employment.toString());
        data.put("participantId", participant.toString());
        return data;
    }

    static ObjectNode promotion(UUID promotion, UUID employment, UUID participant) {
        ObjectNode data = sample(EmployerEvents.PROMOTION_RECORDED);
        data.put("promotionId", promotion.toString());
        data.put("employmentId", employment.toString());
        data.put("participantId", participant.toString());
        return data;
    }

    static ObjectNode retentionCheck(UUID employment, UUID participant, int daysAfterHire) {
        ObjectNode data = sample(EmployerEvents.RETENTION_CHECKED);
        data.put("employmentId", employment.toString());
        data.put("participantId", participant.toString());
        data.put("daysAfterHire", daysAfterHire);
        return data;
    }

    static ObjectNode separation(UUID employment, UUID participant) {
        ObjectNode data = sample(EmployerEvents.SEPARATION_RECORDED);
        data.put("employmentId", employment.toString());
        data.put("participantId", participant.toString());
        return data;
    }

    static ObjectNode sample(EventType<?> type) {
        return EventSamples.sampleTree(type).deepCopy();
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
