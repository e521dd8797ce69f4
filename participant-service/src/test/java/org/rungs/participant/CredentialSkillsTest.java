package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** A credential awarded by training-service makes each skill it teaches attained, with the credential as evidence. */
@QuarkusTest
class CredentialSkillsTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Test
    void eachSkillOfAnAwardedCredentialIsAttainedAndAnnounced() {
        String agency = newAgency("northside-college");
        String participant = Fixtures.enrol(agency, true);
        ObjectNode awarded = EventSamples.sampleTree(TrainingEvents.CREDENTIAL_AWARDED).deepCopy();
        String credential = UUID.randomUUID().toString();
        awarded.put("participantId", participant).put("credentialId", credential);
        KAFKA.send(TrainingEvents.CREDENTIAL_AWARDED, participant, awarded.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", navigator(agency)).get("/participants/" + participant + "/skills").then()
                .statusCode(200).body("", hasSize(2)).body("source", everyItem(equalTo("credential")))
                .body("evidence", everyItem(containsString(credential))));
        var attained = KAFKA.await("rungs.participant", r -> participant.equals(r.key())
                && "skill.attained.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE))
                && r.value().contains("2.B.1.e"), Duration.ofSeconds(20));
        assertThat(attained.value()).contains("credential");
    }
}
