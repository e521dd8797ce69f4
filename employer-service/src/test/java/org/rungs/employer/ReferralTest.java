package org.rungs.employer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A navigator refers a consenting participant to an open vacancy; the employer sees them de-identified until they
 * accept; the referral moves through interview and offer to a hire; every step is a referral.changed.v1.
 */
@QuarkusTest
class ReferralTest {

    static final String ADMIN = EmployerResourceTest.ADMIN;
    static final String AGENCY = "eastside-works";
    static final String NAVIGATOR = Tokens.bearer("nadia", "navigator", AGENCY);

    @Inject
    AgroalDataSource db;

    static JsonPath post(String token, String path, Object body, int status) {
        return CareerLadderTest.post(token, path, body, status);
    }

    static String vacancy(String staff, String employer, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", "CNA", "occupationCode", "31-1131.00",
                "requiredSkills", List.of(Map.of("elementId", "2.A.1.b", "minimumLevel", 3),
                        Map.of("elementId", "2.B.1.e", "minimumLevel", 3.5)),
                "hourlyWage", 19.50, "openings", 2, "shift", "day"));
        body.putAll(extra);
        return post(staff, "/employers/" + employer + "/vacancies", body, 201).getString("id");
    }

    List<String> stages(String referral) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !Participants.KAFKA.readToEnd("rungs.referral",
                r -> referral.equals(r.key())).isEmpty());
        var records = Participants.KAFKA.readToEnd("rungs.referral", r -> referral.equals(r.key()));
        records.forEach(r -> assertThat(EventSamples.validate(EmployerEvents.REFERRAL_CHANGED, r.value())).isEmpty());
        records.forEach(r -> assertThat(KafkaProbe.header(r, CloudEventHeaders.TYPE)).isEqualTo("referral.changed.v1"));
        return records.stream().map(r -> stage(r.value())).toList();
    }

    static String stage(String json) {
        try {
            return EventJson.mapper().readTree(json).path("stage").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aReferralIsDeIdentifiedUntilAcceptedAndEndsInAHire() {
        String employer = EmployerResourceTest.createEmployer("Riverside Care Homes");
        String staff = Tokens.bearer("emma", "employer", employer);
        String vacancy = vacancy(staff, employer, Map.of());
        UUID participant = Participants.enrolled(db, AGENCY, true, Map.of("2.A.1.b", "4", "2.B.1.e", "3"));

        JsonPath referred = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", participant.toString()), 201);
        String referral = referred.getString("id");
        assertThat(referred.getString("stage")).isEqualTo("referred");
        assertThat(referred.getString("participantId")).isEqualTo(participant.toString());
        assertThat(referred.getString("history[0].changedBy")).isEqualTo("navigator:nadia");

        given().header("Authorization", staff).get("/referrals/" + referral).then().statusCode(200)
                .body("participantId", nullValue())
                .body("partnerAgency", equalTo(AGENCY))
                .body("candidate.rungFit.requiredSkills", equalTo(2))
                .body("candidate.rungFit.met", equalTo(1))
                .body("candidate.rungFit.gaps[0].elementId", equalTo("2.B.1.e"))
                .body("candidate.skills.elementId", org.hamcrest.Matchers.contains("2.A.1.b", "2.B.1.e"));
        given().header("Authorization", staff).contentType(ContentType.JSON).body(Map.of("stage", "interviewed"))
                .post("/referrals/" + referral + "/stage").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:referral-stage-not-allowed"));
        given().header("Authorization", staff).contentType(ContentType.JSON).body(Map.of("stage", "accepted"))
                .post("/referrals/" + referral + "/stage").then().statusCode(403);

        post(NAVIGATOR, "/referrals/" + referral + "/stage", Map.of("stage", "accepted"), 200);
        given().header("Authorization", staff).get("/referrals/" + referral).then()
                .body("participantId", equalTo(participant.toString()));
        post(staff, "/referrals/" + referral + "/stage", Map.of("stage", "interviewed"), 200);
        post(staff, "/referrals/" + referral + "/stage", Map.of("stage", "offered"), 200);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("participantId", UUID.randomUUID().toString(), "referralId", referral, "startDate",
                        LocalDate.now().toString(), "hourlyWage", 19.5, "weeklyHours", 36))
                .post("/employers/" + employer + "/hires").then().statusCode(422)
                .body("violations[0].field", equalTo("participantId"));

        JsonPath hired = post(staff, "/employers/" + employer + "/hires", Map.of("participantId",
                participant.toString(), "referralId", referral, "startDate", LocalDate.now().toString(),
                "hourlyWage", 19.5, "weeklyHours", 36), 201);
        assertThat(hired.getString("vacancyId")).as("the referral's vacancy").isEqualTo(vacancy);
        given().header("Authorization", NAVIGATOR).get("/referrals/" + referral).then()
                .body("stage", equalTo("hired"))
                .body("history.changedBy", org.hamcrest.Matchers.contains("navigator:nadia", "navigator:nadia",
                        "employer:emma", "employer:emma", "employer:emma"));
        await().atMost(Duration.ofSeconds(20)).until(() -> stages(referral).size() == 5);
        assertThat(stages(referral)).containsExactly("referred", "accepted", "interviewed", "offered", "hired");
        given().header("Authorization", staff).get("/vacancies/" + vacancy).then().body("hired", equalTo(1));
    }

    @Test
    void onlyConsentingParticipantsOfTheNavigatorsAgencyAreReferredAndWithdrawingConsentWithdrawsThem() {
        String employer = EmployerResourceTest.createEmployer("Northgate Logistics");
        String staff = Tokens.bearer("emma", "employer", employer);
        String vacancy = vacancy(staff, employer, Map.of());
        UUID private_ = Participants.enrolled(db, AGENCY, false, Map.of());
        UUID other = Participants.enrolled(db, "westside-jobs", true, Map.of());
        UUID sharing = Participants.enrolled(db, AGENCY, true, Map.of("2.A.1.b", "3"));

        given().header("Authorization", NAVIGATOR).contentType(ContentType.JSON)
                .body(Map.of("participantId", private_.toString())).post("/vacancies/" + vacancy + "/referrals")
                .then().statusCode(409).body("type", equalTo("urn:rungs:problem:not-consenting"));
        given().header("Authorization", NAVIGATOR).contentType(ContentType.JSON)
                .body(Map.of("participantId", other.toString())).post("/vacancies/" + vacancy + "/referrals")
                .then().statusCode(422).body("violations[0].field", equalTo("participantId"));
        String referral = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", sharing.toString()), 201).getString("id");
        given().header("Authorization", NAVIGATOR).contentType(ContentType.JSON)
                .body(Map.of("participantId", sharing.toString())).post("/vacancies/" + vacancy + "/referrals")
                .then().statusCode(409).body("type", equalTo("urn:rungs:problem:already-referred"));
        given().header("Authorization", Tokens.bearer("wes", "navigator", "westside-jobs"))
                .get("/referrals/" + referral).then().statusCode(404);

        Participants.consent(db, sharing, false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", NAVIGATOR)
                .get("/referrals/" + referral).then().body("stage", equalTo("withdrawn"))
                .body("history[1].changedBy", equalTo("participant:consent-withdrawn"))
                .body("history[1].reason", org.hamcrest.Matchers.startsWith("The participant withdrew consent")));
        given().header("Authorization", staff).get("/referrals/" + referral).then()
                .body("participantId", nullValue()).body("history[1].reason", nullValue());
    }

    @Test
    void duringTheInternalFirstWindowOnlyIncumbentsAreReferred() {
        String employer = EmployerResourceTest.createEmployer("Summit Manufacturing");
        String staff = Tokens.bearer("emma", "employer", employer);
        String vacancy = vacancy(staff, employer, Map.of("internalFirstUntil",
                LocalDate.now().plusDays(7).toString()));
        UUID outsider = Participants.enrolled(db, AGENCY, true, Map.of());
        UUID incumbent = Participants.enrolled(db, AGENCY, true, Map.of());
        post(staff, "/employers/" + employer + "/hires", Map.of("participantId", incumbent.toString(),
                "occupationCode", "31-1122.00", "startDate", "2024-03-01", "hourlyWage", 16.5, "weeklyHours", 32,
                "incumbent", true), 201);

        String job = given().header("Authorization", ADMIN).get("/employments?participantId=" + incumbent).then()
                .statusCode(200).extract().path("items[0].id");
        given().header("Authorization", NAVIGATOR).contentType(ContentType.JSON)
                .body(Map.of("participantId", outsider.toString())).post("/vacancies/" + vacancy + "/referrals")
                .then().statusCode(409).body("type", equalTo("urn:rungs:problem:internal-first"));
        String referral = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", incumbent.toString()), 201).getString("id");
        post(NAVIGATOR, "/referrals/" + referral + "/stage", Map.of("stage", "accepted"), 200);
        given().header("Authorization", staff).contentType(ContentType.JSON)
                .body(Map.of("participantId", incumbent.toString(), "referralId", referral, "startDate",
                        LocalDate.now().toString(), "hourlyWage", 19.5, "weeklyHours", 36))
                .post("/employers/" + employer + "/hires").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:already-employed"));

        JsonPath promoted = post(staff, "/employments/" + job + "/promotions", Map.of("referralId", referral,
                "wageAfter", 19.5, "promotedOn", LocalDate.now().toString()), 201);
        assertThat(promoted.getString("occupationCode")).as("the vacancy's occupation").isEqualTo("31-1131.00");
        given().header("Authorization", staff).get("/referrals/" + referral).then().body("stage", equalTo("hired"));
        given().header("Authorization", staff).get("/vacancies/" + vacancy).then().body("hired", equalTo(1));
    }

    @Test
    void aVacancyThatClosesWithdrawsItsOpenReferrals() {
        String employer = EmployerResourceTest.createEmployer("Harbor Kitchens");
        String staff = Tokens.bearer("emma", "employer", employer);
        String vacancy = vacancy(staff, employer, Map.of());
        UUID participant = Participants.enrolled(db, AGENCY, true, Map.of());
        String referral = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", participant.toString()), 201).getString("id");
        post(NAVIGATOR, "/referrals/" + referral + "/stage", Map.of("stage", "accepted", "reason",
                "Wants days only"), 200);

        post(staff, "/vacancies/" + vacancy + "/close", Map.of("reason", "cancelled"), 200);

        given().header("Authorization", staff).get("/referrals/" + referral).then().body("stage", equalTo("withdrawn"))
                .body("history[2].changedBy", equalTo("employer-service:vacancy-stopped"))
                .body("history[1].reason", equalTo("Wants days only"));
        given().header("Authorization", staff).get("/referrals?participantId=" + participant).then().statusCode(403);
        await().atMost(Duration.ofSeconds(20)).until(() -> stages(referral).size() == 3);
        assertThat(stages(referral)).containsExactly("referred", "accepted", "withdrawn");
    }

    @Test
    void anEmployerCommittedToInterviewQualifiedCandidatesDoesNotDeclineThemUninterviewed() {
        String employer = EmployerResourceTest.createEmployer("Lakeside Regional Hospital");
        String staff = Tokens.bearer("emma", "employer", employer);
        JsonPath ladder = CareerLadderTest.healthcareLadder(employer);
        String cna = ladder.getString("rungs[1].id");
        post(ADMIN, "/agreements", Map.of("employerId", employer, "rungs", List.of(Map.of("ladderId",
                ladder.getString("id"), "rungId", cna, "wageFloor", 18)), "interviewQualifiedReferrals", true,
                "internalFirstDays", 0, "signedForEmployer", "Dana Ortiz", "signedForIntermediary", "Sam Lee",
                "signedOn", "2026-01-05", "startsOn", "2026-01-05"), 201);
        String vacancy = post(staff, "/employers/" + employer + "/vacancies", Map.of("title", "CNA",
                "requiredSkills", List.of(Map.of("elementId", "2.A.1.b", "minimumLevel", 3)), "hourlyWage", 19.5,
                "openings", 1, "shift", "day", "ladderId", ladder.getString("id"), "rungId", cna), 201)
                .getString("id");
        UUID qualified = Participants.enrolled(db, AGENCY, true, Map.of("2.A.1.b", "4"));
        UUID unqualified = Participants.enrolled(db, AGENCY, true, Map.of("2.A.1.b", "2"));
        String first = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", qualified.toString()), 201).getString("id");
        String second = post(NAVIGATOR, "/vacancies/" + vacancy + "/referrals",
                Map.of("participantId", unqualified.toString()), 201).getString("id");
        post(NAVIGATOR, "/referrals/" + first + "/stage", Map.of("stage", "accepted"), 200);
        post(NAVIGATOR, "/referrals/" + second + "/stage", Map.of("stage", "accepted"), 200);

        given().header("Authorization", staff).contentType(ContentType.JSON).body(Map.of("stage", "declined"))
                .post("/referrals/" + first + "/stage").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:interview-committed"));
        post(staff, "/referrals/" + second + "/stage", Map.of("stage", "declined", "reason", "Below the rung"), 200);
        post(staff, "/referrals/" + first + "/stage", Map.of("stage", "interviewed"), 200);
        post(staff, "/referrals/" + first + "/stage", Map.of("stage", "declined"), 200);
    }
}
