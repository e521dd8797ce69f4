package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.rungs.reporting.Indicators.ADMIN;
import static org.rungs.reporting.Indicators.ANALYST;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.testing.Sql;

import com.fasterxml.jackson.databind.node.ObjectNode;

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

        String location = Replays.start();
        assertThat(location).matches(".*/replays/[0-9a-f-]{36}");
        JsonPath replay = Replays.awaitEnd(location);

        assertThat(replay.getString("status")).isEqualTo("completed");
        assertThat(replay.getString("requestedBy")).isEqualTo("ada");
        assertThat(replay.getLong("eventsRead")).isGreaterThanOrEqualTo(10).isEqualTo(replay.getLong("eventsTotal"));
        assertThat(replay.getLong("eventsApplied")).isGreaterThanOrEqualTo(8).isLessThan(replay.getLong("eventsRead"));
        assertThat(replay.getLong("skipped")).isGreaterThanOrEqualTo(1);
        assertThat(replay.getLong("tookMs")).isNotNegative();
        assertThat(replay.getString("finishedAt")).isNotNull();
        assertThat(Indicators.comparable(Indicators.raw(""))).isEqualTo(before);
        assertThat(Indicators.comparable(Indicators.read(ANALYST, ""))).isEqualTo(analystBefore);
        assertThat(Sql.number(dataSource, "select count(*) from pg_namespace where nspname = 'reporting_rebuild'"))
                .as("the copies were swapped in: nothing is left behind").isZero();
        given().header("Authorization", ANALYST).get("/replays")
                .then().statusCode(200).body("[0].status", equalTo("completed"));
    }

    /** The tables of the ladder, agreement, referral and employment projections, and vacancies with their rungs. */
    static final List<String> CAREER_TABLES = List.of("ladder_fact", "rung_fact", "transition_fact", "agreement_fact",
            "agreement_rung_fact", "referral_fact", "referral_stage_fact", "hire_fact", "promotion_fact",
            "retention_check_fact", "separation_fact", "vacancy_fact");

    @Test
    void careerLadderFactsAfterAReplayEqualTheFactsBeforeIt() {
        // each aggregate's events out of order, one of them twice, so the replay meets what live consumption met
        UUID ladder = UUID.randomUUID();
        String ladderRetired = Feed.ladderRetired(ladder, 2);
        Feed.ladderPublished(ladder, 2);
        String ladderV1 = Feed.ladderPublished(ladder, 1);
        UUID employer = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        Feed.send(EmployerEvents.AGREEMENT_ENDED, agreement, Feed.agreementEnded(agreement, employer));
        String signed = Feed.send(EmployerEvents.AGREEMENT_SIGNED, agreement, Feed.agreementSigned(agreement,
                employer));
        UUID vacancy = UUID.randomUUID();
        Feed.vacancyFilled(vacancy, employer);
        String opened = Feed.vacancyOpened(vacancy, employer);
        UUID referral = UUID.randomUUID();
        UUID participant = UUID.randomUUID();
        String agency = Feed.agency();
        Instant referredAt = Instant.parse("2026-11-06T09:00:00Z");
        ObjectNode accepted = Feed.referral(referral, participant, agency, "accepted", "referred",
                referredAt.plusSeconds(60));
        String acceptedId = Feed.send(EmployerEvents.REFERRAL_CHANGED, referral, accepted);
        Feed.send(EmployerEvents.REFERRAL_CHANGED, referral, acceptedId, accepted);
        String referred = Feed.send(EmployerEvents.REFERRAL_CHANGED, referral,
                Feed.referral(referral, participant, agency, "referred", null, referredAt));
        UUID employment = UUID.randomUUID();
        Feed.send(EmployerEvents.SEPARATION_RECORDED, employment, Feed.separation(employment, participant));
        Feed.send(EmployerEvents.RETENTION_CHECKED, employment, Feed.retentionCheck(employment, participant, 90));
        Feed.send(EmployerEvents.PROMOTION_RECORDED, employment,
                Feed.promotion(UUID.randomUUID(), employment, participant));
        String hired = Feed.send(EmployerEvents.HIRE_RECORDED, employment, Feed.hire(employment, participant));
        Feed.awaitApplied(ladderRetired, ladderV1, signed, opened, acceptedId, referred, hired);
        Indicators.settled();
        Map<String, List<List<String>>> before = Tables.snapshot(CAREER_TABLES);
        assertThat(before.get("ladder_fact")).anySatisfy(row -> assertThat(row.subList(0, 2))
                .containsExactly(ladder.toString(), "2"));
        assertThat(before.get("referral_fact")).anySatisfy(row -> assertThat(row)
                .contains(referral.toString(), "accepted"));
        assertThat(before.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        Replays.run();

        assertThat(Tables.snapshot(CAREER_TABLES)).isEqualTo(before);
    }

    @Test
    void aReplayWhileAnotherRunsAnywhereIsAConflictAndChangesNothing() throws Exception {
        JsonPath before = Indicators.settled();
        // another instance's replay holds the lock in its own database session
        try (Connection otherInstance = dataSource.getConnection()) {
            advisory(otherInstance, "pg_advisory_lock");
            try {
                given().header("Authorization", ADMIN).post("/replays")
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("type", equalTo("urn:rungs:problem:replay-running"));
                assertThat(Indicators.comparable(Indicators.raw(""))).isEqualTo(Indicators.comparable(before));
            } finally {
                // the pool keeps the session open, so the lock is given back explicitly
                advisory(otherInstance, "pg_advisory_unlock");
            }
        }
        Replays.run();
    }

    private static void advisory(Connection session, String function) throws Exception {
        try (PreparedStatement ps = session.prepareStatement("select " + function + "(hashtext('reporting.replay'))")) {
            ps.execute();
        }
    }

    @Test
    void eventsArrivingDuringAReplayCountOnce() {
        JsonPath before = Indicators.settled();
        String agency = Feed.agency();

        String replay = Replays.start();
        for (int i = 0; i < 6; i++) {
            Feed.enrolled(UUID.randomUUID(), agency, false);
        }
        assertThat(Replays.awaitEnd(replay).getString("status")).isEqualTo("completed");

        Indicators.awaitRaw("partnerAgency=" + agency,
                json -> assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(6));
        JsonPath after = Indicators.settled();
        assertThat(after.getLong("totals.participantsEnrolled"))
                .isEqualTo(before.getLong("totals.participantsEnrolled") + 6);
        assertThat(after.getLong("totals.personsServed")).isEqualTo(before.getLong("totals.personsServed") + 6);
        assertThat(withoutEnrolled(after)).isEqualTo(withoutEnrolled(before));
        assertThat(after.getList("byEmployer")).isEqualTo(before.getList("byEmployer"));
    }

    @Test
    void readersSeeTheOldCountsOrTheNewNeverPartOfThem() {
        String agency = Feed.agency();
        for (int i = 0; i < 1_500; i++) {
            UUID participant = UUID.randomUUID();
            Feed.KAFKA.sendAsync(org.rungs.contracts.participant.ParticipantEvents.PARTICIPANT_ENROLLED,
                    participant.toString(), Feed.enrolledJson(participant, agency, i % 2 == 0));
        }
        Feed.KAFKA.flush();
        Indicators.awaitRaw("partnerAgency=" + agency,
                json -> assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(1_500));
        Map<String, Object> before = Indicators.comparable(Indicators.settled());

        String replay = Replays.start();
        List<Map<String, Object>> readings = new ArrayList<>();
        while ("running".equals(Replays.read(replay).getString("status"))) {
            readings.add(Indicators.comparable(Indicators.raw("")));
        }
        readings.add(Indicators.comparable(Indicators.raw("")));

        assertThat(Replays.read(replay).getString("status")).isEqualTo("completed");
        assertThat(readings).allSatisfy(reading -> assertThat(reading).isEqualTo(before));
    }

    /** The totals but the counts of enrolments and persons. */
    private static Map<String, Object> withoutEnrolled(JsonPath indicators) {
        Map<String, Object> totals = new HashMap<>(indicators.getMap("totals"));
        totals.remove("participantsEnrolled");
        totals.remove("personsServed");
        return totals;
    }

    @Test
    void onlyNetworkAdminsReplayAndAnUnknownReplayIsNotFound() {
        given().post("/replays").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", ANALYST).post("/replays")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:forbidden"));
        given().header("Authorization", ADMIN).get("/replays/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:not-found"));
    }
}
