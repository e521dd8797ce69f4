package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A participant who accepts a referral discloses their name and contact to the vacancy's employer, and only to it;
 * withdrawing consent ends the disclosure at once. Hires, promotions and separations make their employment history.
 */
@QuarkusTest
class DisclosureTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource db;

    /** Sends a referral.changed.v1 as employer-service would; returns the event's id. */
    static String referral(String participant, UUID employer, UUID referral, String stage) {
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.REFERRAL_CHANGED).deepCopy();
        data.put("referralId", referral.toString());
        data.put("participantId", participant);
        data.put("employerId", employer.toString());
        data.put("stage", stage);
        data.put("changedAt", Instant.now().toString());
        return KAFKA.send(EmployerEvents.REFERRAL_CHANGED, referral.toString(), data.toString());
    }

    @Test
    void anAcceptedReferralDisclosesContactToItsEmployerUntilConsentIsWithdrawn() {
        String agency = Fixtures.newAgency("eastside");
        String participant = Fixtures.enrol(agency, true);
        UUID employer = UUID.randomUUID();
        String staff = Tokens.bearer("emma", "employer", employer.toString());
        String otherStaff = Tokens.bearer("hal", "employer", UUID.randomUUID().toString());
        UUID referral = UUID.randomUUID();

        given().header("Authorization", staff).get("/participants/" + participant + "/contact").then()
                .statusCode(404);
        referral(participant, employer, referral, "referred");
        referral(participant, employer, referral, "accepted");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", staff)
                .get("/participants/" + participant + "/contact").then().statusCode(200)
                .body("givenName", equalTo("Sam")).body("familyName", equalTo("Okafor")));
        given().header("Authorization", staff).get("/participants/" + participant).then().statusCode(403);
        given().header("Authorization", otherStaff).get("/participants/" + participant + "/contact").then()
                .statusCode(404);
        given().header("Authorization", Tokens.bearer("sam", "employer", "not-an-employer-id"))
                .get("/participants/" + participant + "/contact").then().statusCode(403);
        given().header("Authorization", Fixtures.navigator(agency)).get("/participants/" + participant
                + "/disclosures").then().statusCode(200).body("", hasSize(1)).body("[0].open", equalTo(true))
                .body("[0].recipientEmployerId", equalTo(employer.toString()))
                .body("[0].scope", equalTo("name and contact"));

        given().header("Authorization", Fixtures.navigator(agency)).contentType(ContentType.JSON)
                .body("{\"shareWithEmployers\":false}").put("/participants/" + participant + "/consent").then()
                .statusCode(200);

        given().header("Authorization", staff).get("/participants/" + participant + "/contact").then()
                .statusCode(404);
        given().header("Authorization", Fixtures.navigator(agency)).get("/participants/" + participant
                + "/disclosures").then().body("[0].open", equalTo(false))
                .body("[0].endReason", equalTo("Consent to share with employers withdrawn"));
    }

    @Test
    void aDeclinedReferralEndsItsDisclosure() {
        String agency = Fixtures.newAgency("eastside");
        String participant = Fixtures.enrol(agency, true);
        UUID employer = UUID.randomUUID();
        String staff = Tokens.bearer("emma", "employer", employer.toString());
        UUID referral = UUID.randomUUID();
        referral(participant, employer, referral, "accepted");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", staff)
                .get("/participants/" + participant + "/contact").then().statusCode(200));

        referral(participant, employer, referral, "declined");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", staff)
                .get("/participants/" + participant + "/contact").then().statusCode(404));
    }

    @Test
    void hiresPromotionsAndSeparationsMakeTheEmploymentHistory() {
        String agency = Fixtures.newAgency("eastside");
        String participant = Fixtures.enrol(agency, true);
        String navigator = Fixtures.navigator(agency);
        UUID employer = UUID.randomUUID();
        UUID employment = UUID.randomUUID();

        ObjectNode joined = EventSamples.sampleTree(EmployerEvents.EMPLOYER_JOINED).deepCopy();
        joined.put("employerId", employer.toString());
        joined.put("name", "Riverside Care Homes");
        KAFKA.send(EmployerEvents.EMPLOYER_JOINED, employer.toString(), joined.toString());
        ObjectNode hire = EventSamples.sampleTree(EmployerEvents.HIRE_RECORDED).deepCopy();
        hire.put("employmentId", employment.toString());
        hire.put("participantId", participant);
        hire.put("employerId", employer.toString());
        KAFKA.send(EmployerEvents.HIRE_RECORDED, employment.toString(), hire.toString());
        ObjectNode promotion = EventSamples.sampleTree(EmployerEvents.PROMOTION_RECORDED).deepCopy();
        promotion.put("employmentId", employment.toString());
        promotion.put("participantId", participant);
        promotion.put("employerId", employer.toString());
        promotion.put("toOccupationCode", "29-2061.00");
        promotion.put("toTier", 3);
        promotion.put("wageAfter", 27.25);
        KAFKA.send(EmployerEvents.PROMOTION_RECORDED, employment.toString(), promotion.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", navigator)
                .get("/participants/" + participant + "/employment").then().statusCode(200)
                .body("current.employerName", equalTo("Riverside Care Homes"))
                .body("current.occupationCode", equalTo("29-2061.00"))
                .body("current.occupationTitle", equalTo("Licensed Practical and Licensed Vocational Nurses"))
                .body("current.tier", equalTo(3))
                .body("current.hourlyWage", equalTo(27.25f))
                .body("current.hiredWage", equalTo(19.5f))
                .body("current.promotions", equalTo(1)));

        ObjectNode separation = EventSamples.sampleTree(EmployerEvents.SEPARATION_RECORDED).deepCopy();
        separation.put("employmentId", employment.toString());
        separation.put("participantId", participant);
        separation.put("employerId", employer.toString());
        KAFKA.send(EmployerEvents.SEPARATION_RECORDED, employment.toString(), separation.toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", navigator)
                .get("/participants/" + participant + "/employment").then()
                .body("current", equalTo(null))
                .body("jobs", hasSize(1))
                .body("jobs[0].separationReason", equalTo("voluntary")));
        given().header("Authorization", Fixtures.navigator(Fixtures.newAgency("westside")))
                .get("/participants/" + participant + "/employment").then().statusCode(404);
    }
}
