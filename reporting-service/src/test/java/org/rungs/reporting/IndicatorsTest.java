package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.rungs.reporting.Indicators.ADMIN;
import static org.rungs.reporting.Indicators.ANALYST;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.testing.Fuzz;
import org.rungs.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class IndicatorsTest {

    @Test
    void countsByPartnerAgencyFollowTheEventsAndTheSameEventCountsOnce() {
        String agency = Feed.agency();
        UUID employer = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        List<UUID> participants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID participant = UUID.randomUUID();
            participants.add(participant);
            Feed.enrolled(participant, agency, true);
            UUID skillRecord = UUID.randomUUID();
            String skillEvent = Feed.skill(participant, skillRecord);
            if (i == 0) {
                Feed.skill(participant, skillRecord, skillEvent); // redelivered: the same ce_id
                Feed.skill(participant, skillRecord); // published again: the same skill record
            }
        }
        Instant proposed = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID match = UUID.randomUUID();
        Feed.matchProposed(match, vacancy, employer, participants.get(0), agency, proposed);
        Feed.matchProposed(match, vacancy, employer, participants.get(0), agency, proposed.plusSeconds(60));
        Feed.matchProposed(UUID.randomUUID(), vacancy, employer, participants.get(1), agency, proposed);

        JsonPath raw = Indicators.awaitRaw("partnerAgency=" + agency, json -> {
            assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(6);
            assertThat(json.getInt("byPartnerAgency[0].skillsAttained")).isEqualTo(6);
            assertThat(json.getInt("byPartnerAgency[0].matchesProposed")).isEqualTo(2);
        });
        assertThat(raw.getList("byPartnerAgency")).hasSize(1);
        assertThat(raw.getString("byPartnerAgency[0].partnerAgency")).isEqualTo(agency);
        assertThat(raw.getBoolean("byPartnerAgency[0].suppressed")).isFalse();
        assertThat(raw.getBoolean("suppressionApplied")).isFalse();

        // the analyst sees the counts of 6, but not the cell of 2 matches
        JsonPath analyst = Indicators.read(ANALYST, "partnerAgency=" + agency);
        assertThat(analyst.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(6);
        assertThat(analyst.getInt("byPartnerAgency[0].skillsAttained")).isEqualTo(6);
        assertThat(analyst.getString("byPartnerAgency[0].matchesProposed")).isNull();
        assertThat(analyst.getBoolean("byPartnerAgency[0].suppressed")).isTrue();
        assertThat(analyst.getBoolean("suppressionApplied")).isTrue();
        assertThat(analyst.getInt("minCellSize")).isEqualTo(5);
    }

    @Test
    void aCellOfThreeIsHiddenFromAnalystsAndNetworkAdminsMaySeeIt() {
        String agency = Feed.agency();
        for (int i = 0; i < 3; i++) {
            Feed.enrolled(UUID.randomUUID(), agency, false);
        }
        Indicators.awaitRaw("partnerAgency=" + agency,
                json -> assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(3));

        given().header("Authorization", ANALYST).get("/indicators?partnerAgency=" + agency)
                .then().statusCode(200)
                .body("byPartnerAgency[0].partnerAgency", equalTo(agency))
                .body("byPartnerAgency[0].participantsEnrolled", nullValue())
                .body("byPartnerAgency[0].skillsAttained", equalTo(0))
                .body("byPartnerAgency[0].matchesProposed", equalTo(0))
                .body("byPartnerAgency[0].suppressed", equalTo(true));
        // suppression is on by default for network admins too
        given().header("Authorization", ADMIN).get("/indicators?partnerAgency=" + agency)
                .then().statusCode(200)
                .body("byPartnerAgency[0].participantsEnrolled", nullValue());
        given().header("Authorization", ADMIN).get("/indicators?suppress=false&partnerAgency=" + agency)
                .then().statusCode(200)
                .body("byPartnerAgency[0].participantsEnrolled", equalTo(3))
                .body("byPartnerAgency[0].suppressed", equalTo(false));
        given().header("Authorization", ANALYST).get("/indicators?suppress=false&partnerAgency=" + agency)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:forbidden"));
    }

    @Test
    void countsByEmployerFollowTheEventsInWhateverOrderTheyAreRead() {
        UUID employer = UUID.randomUUID();
        UUID stillOpen = UUID.randomUUID();
        UUID closedLater = UUID.randomUUID();
        UUID closedFirst = UUID.randomUUID();
        Feed.employerJoined(employer, "Harbour Logistics " + employer);
        Feed.vacancyOpened(stillOpen, employer);
        Feed.vacancyOpened(closedLater, employer);
        // its closing is read before its opening
        Feed.vacancyClosed(closedFirst, employer);
        Feed.vacancyOpened(closedFirst, employer);
        Feed.matchProposed(UUID.randomUUID(), stillOpen, employer, UUID.randomUUID(), Feed.agency(), Instant.now());

        JsonPath raw = Indicators.awaitRaw("employerId=" + employer, json -> {
            assertThat(json.getInt("byEmployer[0].vacanciesOpen")).isEqualTo(2);
            assertThat(json.getInt("byEmployer[0].matchesProposed")).isEqualTo(1);
        });
        assertThat(raw.getList("byEmployer")).hasSize(1);
        assertThat(raw.getString("byEmployer[0].employerId")).isEqualTo(employer.toString());
        assertThat(raw.getString("byEmployer[0].employerName")).isEqualTo("Harbour Logistics " + employer);

        Feed.vacancyClosed(closedLater, employer);
        Indicators.awaitRaw("employerId=" + employer,
                json -> assertThat(json.getInt("byEmployer[0].vacanciesOpen")).isEqualTo(1));

        // vacancies are not person-based; the single match is
        given().header("Authorization", ANALYST).get("/indicators?employerId=" + employer)
                .then().statusCode(200)
                .body("byEmployer[0].vacanciesOpen", equalTo(1))
                .body("byEmployer[0].matchesProposed", nullValue())
                .body("byEmployer[0].suppressed", equalTo(true));
    }

    @Test
    void totalsCountEveryEventTypeOnce() {
        JsonPath before = Indicators.settled();
        String agency = Feed.agency();
        UUID withdrawn = UUID.randomUUID();
        UUID consenting = UUID.randomUUID();
        UUID neverAsked = UUID.randomUUID();
        Instant now = Instant.now();
        // a withdrawal read before the enrolment still wins over the consent given at enrolment
        Feed.consent(withdrawn, false, now.plusSeconds(60));
        Feed.enrolled(withdrawn, agency, true);
        Feed.enrolled(consenting, agency, false);
        Feed.consent(consenting, true, now.plusSeconds(60));
        Feed.consent(consenting, false, now.plusSeconds(30)); // an older decision read late changes nothing
        Feed.enrolled(neverAsked, agency, false);
        Feed.skill(consenting, UUID.randomUUID());
        UUID employer = UUID.randomUUID();
        UUID vacancy = UUID.randomUUID();
        UUID closed = UUID.randomUUID();
        Feed.employerJoined(employer, "Northgate Clinic");
        Feed.vacancyOpened(vacancy, employer);
        Feed.vacancyOpened(closed, employer);
        Feed.vacancyClosed(closed, employer);
        UUID program = UUID.randomUUID();
        Feed.programPublished(program, UUID.randomUUID());
        Feed.programPublished(program, UUID.randomUUID()); // the same program published again
        Feed.matchProposed(UUID.randomUUID(), vacancy, employer, consenting, agency, now);
        Feed.matchProposed(UUID.randomUUID(), closed, employer, consenting, agency, now);

        Indicators.awaitRaw("partnerAgency=" + agency, json -> {
            assertThat(json.getInt("byPartnerAgency[0].participantsEnrolled")).isEqualTo(3);
            assertThat(json.getInt("byPartnerAgency[0].matchesProposed")).isEqualTo(2);
            assertThat(json.getInt("byPartnerAgency[0].skillsAttained")).isEqualTo(1);
            assertThat(json.getLong("totals.participantsConsenting"))
                    .isEqualTo(before.getLong("totals.participantsConsenting") + 1);
            assertThat(json.getLong("totals.employers")).isEqualTo(before.getLong("totals.employers") + 1);
            assertThat(json.getLong("totals.vacanciesOpen")).isEqualTo(before.getLong("totals.vacanciesOpen") + 1);
            assertThat(json.getLong("totals.vacanciesClosed"))
                    .isEqualTo(before.getLong("totals.vacanciesClosed") + 1);
            assertThat(json.getLong("totals.programsPublished"))
                    .isEqualTo(before.getLong("totals.programsPublished") + 1);
        });
        JsonPath after = Indicators.raw("");
        assertThat(after.getLong("totals.participantsEnrolled"))
                .isEqualTo(before.getLong("totals.participantsEnrolled") + 3);
        assertThat(after.getLong("totals.skillsAttained")).isEqualTo(before.getLong("totals.skillsAttained") + 1);
        assertThat(after.getLong("totals.matchesProposed")).isEqualTo(before.getLong("totals.matchesProposed") + 2);
        assertThat(after.getLong("totals.participantsMatched"))
                .isEqualTo(before.getLong("totals.participantsMatched") + 1);
        assertThat(after.getBoolean("totals.suppressed")).isFalse();
    }

    @Test
    void aPersonEnrolledAtTwoAgenciesIsServedOnce() {
        JsonPath before = Indicators.raw("");
        UUID person = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        Feed.KAFKA.send(ParticipantEvents.PARTICIPANT_ENROLLED, person.toString(),
                Feed.enrolledJson(person, person, Feed.agency(), true));
        Feed.KAFKA.send(ParticipantEvents.PARTICIPANT_ENROLLED, elsewhere.toString(),
                Feed.enrolledJson(elsewhere, person, Feed.agency(), true));

        Indicators.awaitRaw("", json -> assertThat(json.getLong("totals.participantsEnrolled"))
                .isEqualTo(before.getLong("totals.participantsEnrolled") + 2));
        assertThat(Indicators.raw("").getLong("totals.personsServed"))
                .isEqualTo(before.getLong("totals.personsServed") + 1);
    }

    @Test
    void onlyAnalystsAndNetworkAdminsReadIndicatorsAndBadFiltersAreRefused() {
        given().get("/indicators").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:unauthorized"));
        given().header("Authorization", Tokens.bearer("nia", "navigator", "eastside-works")).get("/indicators")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:forbidden"));
        given().header("Authorization", Tokens.bearer("emma", "employer", UUID.randomUUID().toString()))
                .get("/indicators").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", ANALYST).get("/indicators").then().statusCode(200);

        given().header("Authorization", ADMIN).get("/indicators?employerId=nope&suppress=maybe&partnerAgency=a b")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", hasItem("employerId"))
                .body("violations.field", hasItem("suppress"))
                .body("violations.field", hasItem("partnerAgency"));
        Fuzz.uriTooLong("/indicators", ANALYST);
        given().header("Authorization", ADMIN).get("/indicators?partnerAgency=" + "x".repeat(101))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("partnerAgency"));
    }
}
