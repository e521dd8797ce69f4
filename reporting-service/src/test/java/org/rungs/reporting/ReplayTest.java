package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.rungs.reporting.Indicators.ADMIN;
import static org.rungs.reporting.Indicators.ANALYST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ReplayTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void indicatorsAfterAReplayEqualTheIndicatorsBeforeIt() {
        // a bit of every event, a redelivery and poison, so the replay meets them all
        String agency = Feed.agency();
        UUID participant = UUID.randomUUID();
        Feed.enrolled(participant, agency, true);
        Feed.consent(participant, false, Instant.now().plusSeconds(60));
        UUID skillRecord = UUID.randomUUID();
        Feed.skill(participant, skillRecord, Feed.skill(participant, skillRecord));
        Feed.KAFKA.sendRaw(new ProducerRecord<>("rungs.participant", participant.toString(), "not a cloud event"));
        UUID employer = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        Feed.employerJoined(employer, "Eastfield Foods");
        Feed.vacancyOpened(vacancy, employer);
        Feed.vacancyClosed(vacancy, employer);
        Feed.programPublished(UUID.randomUUID(), UUID.randomUUID());
        Feed.matchProposed(UUID.randomUUID(), vacancy, employer, participant, agency, Instant.now());
        Indicators.awaitRaw("partnerAgency=" + agency + "&employerId=" + employer, json -> {
            assertThat(json.getInt("byPartnerAgency[0].skillsAttained")).isEqualTo(1);
            assertThat(json.getInt("byPartnerAgency[0].matchesProposed")).isEqualTo(1);
            assertThat(json.getInt("byEmployer[0].matchesProposed")).isEqualTo(1);
        });
        Map<String, Object> before = Indicators.comparable(Indicators.settled());
        Map<String, Object> analystBefore = Indicators.comparable(Indicators.read(ANALYST, ""));

        JsonPath replay = JsonPath.from(given().header("Authorization", ADMIN).post("/admin/replay")
                .then().statusCode(200).extract().asString());

        assertThat(replay.getLong("eventsRead")).isGreaterThanOrEqualTo(10);
        assertThat(replay.getLong("eventsApplied")).isGreaterThanOrEqualTo(8).isLessThan(replay.getLong("eventsRead"));
        assertThat(replay.getLong("skipped")).isGreaterThanOrEqualTo(1);
        assertThat(replay.getLong("tookMs")).isNotNegative();
        assertThat(Indicators.comparable(Indicators.raw(""))).isEqualTo(before);
        assertThat(Indicators.comparable(Indicators.read(ANALYST, ""))).isEqualTo(analystBefore);
    }

    @Test
    void aReplayWhileAnotherRunsAnywhereIsAConflictAndChangesNothing() throws Exception {
        JsonPath before = Indicators.settled();
        // another instance's replay holds the lock in its own database session
        try (Connection otherInstance = dataSource.getConnection()) {
            advisory(otherInstance, "pg_advisory_lock");
            try {
                given().header("Authorization", ADMIN).post("/admin/replay")
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("urn:rungs:problem:conflict"));
                assertThat(Indicators.comparable(Indicators.raw(""))).isEqualTo(Indicators.comparable(before));
            } finally {
                // the pool keeps the session open, so the lock is given back explicitly
                advisory(otherInstance, "pg_advisory_unlock");
            }
        }
        given().header("Authorization", ADMIN).post("/admin/replay").then().statusCode(200);
    }

    private static void advisory(Connection session, String function) throws Exception {
        try (PreparedStatement ps = session.prepareStatement("select " + function + "(hashtext('reporting.replay'))")) {
            ps.execute();
        }
    }

    @Test
    void eventsArrivingDuringAReplayCountOnce() throws Exception {
        JsonPath before = Indicators.settled();
        String agency = Feed.agency();

        CompletableFuture<String> replay = CompletableFuture.supplyAsync(() -> given()
                .header("Authorization", ADMIN).post("/admin/replay").then().statusCode(200).extract().asString());
        for (int i = 0; i < 6; i++) {
            Feed.enrolled(UUID.randomUUID(), agency, false);
        }
        replay.get(Indicators.PATIENCE.toSeconds(), TimeUnit.SECONDS);

        Indicators.awaitRaw("partnerAgency=" + agency,
                json -> assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(6));
        JsonPath after = Indicators.settled();
        assertThat(after.getLong("totals.participantsEnrolled"))
                .isEqualTo(before.getLong("totals.participantsEnrolled") + 6);
        assertThat(withoutEnrolled(after)).isEqualTo(withoutEnrolled(before));
        assertThat(after.getList("byEmployer")).isEqualTo(before.getList("byEmployer"));
    }

    private static Map<String, Object> withoutEnrolled(JsonPath indicators) {
        Map<String, Object> totals = new HashMap<>(indicators.getMap("totals"));
        totals.remove("participantsEnrolled");
        return totals;
    }

    @Test
    void onlyNetworkAdminsReplay() {
        given().post("/admin/replay").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ANALYST).post("/admin/replay")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:forbidden"));
    }
}
