package org.rungs.employer;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** participant-service's events, as a test sends them to employer-service, and waiting until it has read them. */
final class Participants {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    private Participants() {
    }

    /** Enrols a participant of an agency with skills (element id to level), and waits until employer-service knows. */
    static UUID enrolled(DataSource db, String agency, boolean consent, Map<String, String> skills) {
        UUID participant = UUID.randomUUID();
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("partnerAgency", agency);
        data.put("consentToShare", consent);
        KAFKA.send(ParticipantEvents.PARTICIPANT_ENROLLED, participant.toString(), data.toString());
        skills.forEach((element, level) -> {
            ObjectNode skill = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
            skill.put("participantId", participant.toString());
            skill.put("skillRecordId", UUID.randomUUID().toString());
            skill.put("elementId", element);
            skill.put("level", new BigDecimal(level));
            KAFKA.send(ParticipantEvents.SKILL_ATTAINED, participant.toString(), skill.toString());
        });
        int kept = consent ? skills.size() : 0;
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db,
                "select count(*) from employer.candidate where id = '" + participant + "'") == 1
                && count(db, "select count(*) from employer.candidate_skill where candidate_id = '" + participant
                        + "'") == kept);
        return participant;
    }

    /** Withdraws (or grants) a participant's consent, and waits until employer-service has read it. */
    static void consent(DataSource db, UUID participant, boolean share) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.CONSENT_CHANGED).deepCopy();
        data.put("participantId", participant.toString());
        data.put("shareWithEmployers", share);
        data.put("changedAt", Instant.now().toString());
        data.putArray("skills");
        KAFKA.send(ParticipantEvents.CONSENT_CHANGED, participant.toString(), data.toString());
        await().atMost(Duration.ofSeconds(30)).until(() -> count(db, "select count(*) from employer.candidate "
                + "where id = '" + participant + "' and shares_with_employers = " + share) == 1);
    }

    static long count(DataSource db, String sql) throws Exception {
        try (var c = db.getConnection(); var s = c.createStatement(); var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
