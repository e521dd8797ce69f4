package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.enrol;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;
import static org.rungs.participant.Fixtures.rows;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class SkillResourceTest {

    static final String READING = """
            {"elementId":"2.A.1.a","level":3.5,"source":"assessed","evidence":"CASAS reading, score 235"}""";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void recordingASkillPublishesSkillAttainedThatMatchesTheContract() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, true);

        String record = given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(READING)
                .post("/participants/" + participant + "/skills")
                .then().statusCode(201)
                .header("Location", containsString("/participants/" + participant + "/skills/"))
                .body("name", equalTo("Reading Comprehension"))
                .body("source", equalTo("assessed"))
                .body("level", equalTo(3.5f))
                .extract().path("id");

        var published = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key())
                        && "skill.attained.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(published, CloudEventHeaders.SOURCE)).isEqualTo("participant-service");
        assertThat(KafkaProbe.header(published, CloudEventHeaders.SUBJECT)).isEqualTo(participant);
        assertThat(EventSamples.validate(ParticipantEvents.SKILL_ATTAINED, published.value())).isEmpty();
        assertThat(EventSamples.fieldNames(published.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(ParticipantEvents.SKILL_ATTAINED)));
        assertThat(published.value()).contains(record).doesNotContain("CASAS");

        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body("{\"elementId\":\"2.A.1.a\",\"level\":4.25,\"source\":\"self-reported\"}")
                .post("/participants/" + participant + "/skills")
                .then().statusCode(201).body("source", equalTo("self-reported")).body("recordedBy", equalTo("ada"));

        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/skills")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("elementId", contains("2.A.1.a", "2.A.1.a"))
                .body("name", hasItem("Reading Comprehension"))
                .body("source", contains("self-reported", "assessed"));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/skills/" + record)
                .then().statusCode(200).body("evidence", equalTo("CASAS reading, score 235"));
        given().header("Authorization", navigator(agency))
                .get("/participants/" + participant + "/skills/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void levelsSourcesAndElementsAreCheckedAndBadInputWritesNothing() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, true);
        String skills = "/participants/" + participant + "/skills";
        String navigator = navigator(agency);

        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(READING.replace("3.5", "7")).post(skills).then().statusCode(201);
        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(READING.replace("3.5", "0")).post(skills).then().statusCode(201);

        long records = rows(dataSource, "skill_record");
        long outbox = rows(dataSource, "outbox_event");

        for (String level : new String[]{"7.5", "8", "-0.5", "3.555"}) {
            given().header("Authorization", navigator).contentType(ContentType.JSON)
                    .body(READING.replace("3.5", level)).post(skills)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("level"));
        }
        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(READING.replace("assessed", "hearsay")).post(skills)
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("source"));
        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(READING.replace("2.A.1.a", "9.Z").replace("CASAS reading, score 235", "x".repeat(1001)))
                .post(skills)
                .then().statusCode(400)
                .body("violations.field", hasItems("elementId", "evidence"));
        given().header("Authorization", navigator).contentType(ContentType.JSON).body("{}").post(skills)
                .then().statusCode(400)
                .body("violations.field", hasItems("elementId", "level", "source"));
        given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body(READING.replace("3.5", "\"high\"")).post(skills)
                .then().statusCode(400).body("violations.field", hasItem("level"));
        given().header("Authorization", navigator).contentType(ContentType.JSON).body("{\"elementId\":")
                .post(skills)
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:malformed-request"));

        assertThat(rows(dataSource, "skill_record")).isEqualTo(records);
        assertThat(rows(dataSource, "outbox_event")).isEqualTo(outbox);
    }

    @Test
    void anotherAgencysParticipantIsNotFound() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, true);
        String skills = "/participants/" + participant + "/skills";
        long records = rows(dataSource, "skill_record");

        String stranger = navigator(newAgency("harbor-jobs"));
        given().header("Authorization", stranger).contentType(ContentType.JSON).body(READING).post(skills)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", stranger).get(skills)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(READING)
                .post("/participants/" + UUID.randomUUID() + "/skills")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(READING).post(skills)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", agency)).contentType(ContentType.JSON)
                .body(READING).post(skills)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("pat", "provider", agency)).get(skills)
                .then().statusCode(403).contentType("application/problem+json");

        assertThat(rows(dataSource, "skill_record")).isEqualTo(records);
    }
}
