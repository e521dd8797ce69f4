package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.count;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The WIOA intake, the services log, the 90-day exit rule and its announcement, and exclusions, over REST. */
@QuarkusTest
class ParticipationResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;

    /** Enrols a participant who entered the program 200 days ago; returns their id. */
    static String enrolWithIntake(String agency) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body("""
                {"givenName":"Ana","familyName":"Reyes","consentToShare":true,"dateOfBirth":"1990-04-02",
                 "programEntryDate":"%s","employmentStatusAtEntry":"employed","highestEducation":"secondary-diploma",
                 "uiClaimant":false,"lowIncome":true,
                 "demographics":{"sex":"female","hispanicLatino":true,"veteran":false}}""".formatted(
                TODAY.minusDays(200))).post("/participants").then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse logService(String agency, String participant, String kind,
            LocalDate date) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"kind\":\"" + kind + "\",\"date\":\"" + date + "\"}")
                .post("/participants/" + participant + "/services").then();
    }

    @Test
    void theIntakeIsKeptWithItsPirlIdentifierAndTheDemographicsNeverComeBack() {
        String agency = newAgency("eastside-works");
        String participant = enrolWithIntake(agency);

        given().header("Authorization", navigator(agency)).get("/participants/" + participant)
                .then().statusCode(200)
                .body("pirlId", org.hamcrest.Matchers.matchesPattern("[A-Z][0-9A-Z]{11}"))
                .body("programEntryDate", equalTo(TODAY.minusDays(200).toString()))
                .body("ageAtEntry", greaterThanOrEqualTo(35))
                .body("employmentStatusAtEntry", equalTo("employed"))
                .body("highestEducation", equalTo("secondary-diploma"))
                .body("lowIncome", equalTo(true))
                .body("demographics", nullValue())
                .body("sex", nullValue());
        assertThat(count(dataSource, "select count(*) from participant_demographics where participant_id = ?"
                + " and sex = 'female' and hispanic_latino", UUID.fromString(participant))).isEqualTo(1);
    }

    @Test
    void servicesMakePeriodsAndTheExitIsAnnouncedOnceAndStands() throws Exception {
        String agency = newAgency("eastside-works");
        String participant = enrolWithIntake(agency);
        LocalDate lastCareer = TODAY.minusDays(180);
        logService(agency, participant, "career-service", TODAY.minusDays(195)).statusCode(201);
        logService(agency, participant, "training", lastCareer).statusCode(201)
                .body("keepsParticipating", equalTo(true)).body("scheduled", equalTo(false));
        logService(agency, participant, "self-service", TODAY.minusDays(60)).statusCode(201)
                .body("keepsParticipating", equalTo(false));
        logService(agency, participant, "follow-up", TODAY.minusDays(30)).statusCode(201);

        given().header("Authorization", navigator(agency))
                .get("/participants/" + participant + "/exit?asOf=" + lastCareer.plusDays(89))
                .then().statusCode(200)
                .body("status", equalTo("participating"))
                .body("daysWithoutService", equalTo(89))
                .body("exitDueOn", equalTo(lastCareer.plusDays(90).toString()));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit?asOf=2026-02-30")
                .then().statusCode(400).body("violations.field", contains("asOf"));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit")
                .then().statusCode(200)
                .body("status", equalTo("exited"))
                .body("exitDate", equalTo(lastCareer.toString()))
                .body("periods", hasSize(1))
                .body("periods[0].start", equalTo(TODAY.minusDays(195).toString()))
                .body("periods[0].announcedAt", nullValue());

        given().header("Authorization", navigator(agency)).post("/exits/announcements").then().statusCode(403);
        given().header("Authorization", ADMIN).post("/exits/announcements").then().statusCode(200)
                .body("announced", greaterThanOrEqualTo(1));
        var exited = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key())
                        && "participant.exited.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(ParticipantEvents.PARTICIPANT_EXITED, exited.value())).isEmpty();
        JsonNode event = EventJson.mapper().readTree(exited.value());
        assertThat(event.path("exitDate").asText()).isEqualTo(lastCareer.toString());
        assertThat(event.path("periodStart").asText()).isEqualTo(TODAY.minusDays(195).toString());
        assertThat(exited.value()).doesNotContain("Reyes", "Ana");
        given().header("Authorization", ADMIN).post("/exits/announcements").then().statusCode(200);
        assertThat(count(dataSource, "select count(*) from participant_exit where participant_id = ?",
                UUID.fromString(participant))).isEqualTo(1);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit")
                .then().body("periods[0].announcedAt", not(nullValue()));

        logService(agency, participant, "career-service", lastCareer.plusDays(40)).statusCode(409)
                .body("type", equalTo("urn:rungs:problem:exit-already-announced"));
        logService(agency, participant, "career-service", TODAY.minusDays(10)).statusCode(201);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit")
                .then().statusCode(200)
                .body("status", equalTo("participating"))
                .body("periods.start", contains(TODAY.minusDays(195).toString(), TODAY.minusDays(10).toString()))
                .body("periods[1].exitDate", nullValue());
    }

    @Test
    void aScheduledServiceHoldsTheExitUntilCancelledAndADeliveredOneStands() {
        String agency = newAgency("northside-college");
        String participant = enrolWithIntake(agency);
        LocalDate last = TODAY.minusDays(85);
        LocalDate afterNinetyDays = TODAY.plusDays(10);
        logService(agency, participant, "career-service", last).statusCode(201);
        String scheduled = logService(agency, participant, "training", TODAY.plusDays(14)).statusCode(201)
                .body("scheduled", equalTo(true)).extract().path("id");

        given().header("Authorization", navigator(agency))
                .get("/participants/" + participant + "/exit?asOf=" + afterNinetyDays)
                .then().body("status", equalTo("participating"))
                .body("exitDueOn", nullValue())
                .body("nextScheduled", equalTo(TODAY.plusDays(14).toString()));

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Cohort postponed\"}")
                .post("/participants/" + participant + "/services/" + scheduled + "/cancellation")
                .then().statusCode(200).body("scheduled", equalTo(false)).body("cancelReason",
                        equalTo("Cohort postponed"));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit")
                .then().body("status", equalTo("participating"))
                .body("exitDueOn", equalTo(last.plusDays(90).toString()));
        given().header("Authorization", navigator(agency))
                .get("/participants/" + participant + "/exit?asOf=" + afterNinetyDays)
                .then().body("status", equalTo("exited"))
                .body("exitDate", equalTo(last.toString()));

        String delivered = logService(agency, participant, "self-service", TODAY).statusCode(201).extract()
                .path("id");
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"reason\":\"Mistake\"}")
                .post("/participants/" + participant + "/services/" + delivered + "/cancellation")
                .then().statusCode(409).body("type", equalTo("urn:rungs:problem:service-delivered"));
    }

    @Test
    void aServiceBeforeEntryOrTooFarAheadIsRefusedAndNothingIsWritten() {
        String agency = newAgency("eastside-works");
        String participant = enrolWithIntake(agency);

        logService(agency, participant, "career-service", TODAY.minusDays(201)).statusCode(409)
                .body("type", equalTo("urn:rungs:problem:dated-before-entry"));
        logService(agency, participant, "career-service", TODAY.plusDays(400)).statusCode(422)
                .body("type", equalTo("urn:rungs:problem:service-refused"))
                .body("violations.field", contains("date"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"kind\":\"coaching\",\"date\":\"2026-13-01\",\"colour\":\"red\"}")
                .post("/participants/" + participant + "/services").then().statusCode(400)
                .body("type", equalTo("urn:rungs:problem:validation"))
                .body("violations.field", hasItem("kind"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"kind\":\"training\",\"date\":20261101}")
                .post("/participants/" + participant + "/services").then().statusCode(400)
                .body("violations.field", hasItem("date"));
        assertThat(count(dataSource, "select count(*) from service_record where participant_id = ?",
                UUID.fromString(participant))).isZero();

        given().header("Authorization", navigator(newAgency("harbor-labor-council"))).contentType(ContentType.JSON)
                .body("{\"kind\":\"training\",\"date\":\"" + TODAY + "\"}")
                .post("/participants/" + participant + "/services").then().statusCode(404);
        given().header("Authorization", Tokens.bearer("eve", "employer-staff", UUID.randomUUID().toString()))
                .get("/participants/" + participant + "/services").then().statusCode(403);
    }

    @Test
    void anExclusionAppliesToThePeriodItsDayFallsInAndTravelsWithTheExit() throws Exception {
        String agency = newAgency("harbor-labor-council");
        String participant = enrolWithIntake(agency);
        logService(agency, participant, "career-service", TODAY.minusDays(150)).statusCode(201);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"reason\":\"health-medical\",\"date\":\"" + TODAY.minusDays(120)
                        + "\",\"note\":\"Surgery and a long recovery\"}")
                .post("/participants/" + participant + "/exclusions").then().statusCode(201)
                .body("pirlCode", equalTo("02"))
                .body("periodStart", equalTo(TODAY.minusDays(150).toString()));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"reason\":\"deceased\",\"date\":\"" + TODAY.plusDays(1) + "\"}")
                .post("/participants/" + participant + "/exclusions").then().statusCode(422)
                .body("violations.field", contains("date"));

        given().header("Authorization", ADMIN).post("/exits/announcements").then().statusCode(200);
        var exited = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key())
                        && "participant.exited.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        JsonNode exclusion = EventJson.mapper().readTree(exited.value()).path("exclusion");
        assertThat(exclusion.path("reason").asText()).isEqualTo("health-medical");
        assertThat(exclusion.path("pirlCode").asText()).isEqualTo("02");
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/exit")
                .then().body("periods[0].exclusion.reason", equalTo("health-medical"));
    }
}
