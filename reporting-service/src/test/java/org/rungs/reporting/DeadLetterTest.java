package org.rungs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.KafkaProbe;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeadLetterTest {

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsReasonAndLaterEventsStillCount() {
        UUID participant = UUID.randomUUID();
        String key = participant.toString();
        String agency = Feed.agency();
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", null, key, "{}",
                ceHeaders("participant.enrolled.v2")));
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", key, "not a cloud event"));
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", null, key, "{this is not json",
                ceHeaders(ParticipantEvents.PARTICIPANT_ENROLLED.name())));
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", null, key,
                "{\"participantId\":\"" + key + "\",\"consentToShare\":true}",
                ceHeaders(ParticipantEvents.PARTICIPANT_ENROLLED.name())));
        Feed.enrolled(participant, agency, true);

        Indicators.awaitRaw("partnerAgency=" + agency,
                json -> assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(1));
        // the enrolment after the poison is applied: the poison before it is on the dead-letter topic already
        List<ConsumerRecord<String, String>> dead = Feed.KAFKA.readToEnd("reporting-service.dlq",
                r -> key.equals(r.key()));
        assertThat(dead).hasSize(4);
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-reason"))
                .anySatisfy(reason -> assertThat(reason).startsWith("unsupported-version"))
                .anySatisfy(reason -> assertThat(reason).startsWith("malformed-envelope"))
                .anySatisfy(reason -> assertThat(reason).startsWith("unparseable"))
                .anySatisfy(reason -> assertThat(reason).startsWith("invalid").contains("partnerAgency"));
        assertThat(dead).extracting(ConsumerRecord::value).contains("not a cloud event", "{this is not json");
        assertThat(dead).extracting(r -> KafkaProbe.header(r, "dead-letter-topic")).containsOnly("rungs.participant");
    }

    private static RecordHeaders ceHeaders(String type) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        headers.add(CloudEventHeaders.TYPE, bytes(type));
        headers.add(CloudEventHeaders.SOURCE, bytes("test"));
        return headers;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
