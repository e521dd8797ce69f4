package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.participant.consent.application.KeepConsents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Consent records by purpose, recipient and scope: each change announces the consents in force, and an employer sees a
 * participant's contact only while a consent in force covers it.
 */
@QuarkusTest
class ConsentRecordsTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KeepConsents keepConsents;

    /** Enrols a participant who shares nothing yet; returns the id. */
    static String enrolWithoutConsent(String agency) {
        return Fixtures.enrol(agency, false);
    }

    @Test
    void aDisclosureConsentLetsOnlyTheNamedEmployerSeeContactAfterAcceptanceAndRevokingItEndsThat() throws Exception {
        String agency = newAgency("eastside-works");
        String participant = enrolWithoutConsent(agency);
        UUID employer = UUID.randomUUID();
        String staff = Tokens.bearer("emma", "employer", employer.toString());

        String consent = given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"purpose\":\"disclosure\",\"recipients\":[\"employer:" + employer + "\"],"
                        + "\"scope\":[\"contact\"],\"expiresOn\":\"" + TODAY.plusYears(1) + "\"}")
                .post("/participants/" + participant + "/consents").then().statusCode(201)
                .body("inForce", equalTo(true)).body("purpose", equalTo("disclosure"))
                .extract().path("id");
        var changed = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key()) && r.value().contains(consent)
                        && "consent.changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(ParticipantEvents.CONSENT_CHANGED, changed.value())).isEmpty();
        JsonNode event = EventJson.mapper().readTree(changed.value());
        assertThat(event.path("shareWithEmployers").asBoolean()).isFalse();
        assertThat(event.path("consents").get(0).path("recipients").get(0).asText())
                .isEqualTo("employer:" + employer);

        UUID referral = UUID.randomUUID();
        DisclosureTest.referral(participant, employer, referral, "accepted");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", staff)
                .get("/participants/" + participant + "/contact").then().statusCode(200)
                .body("familyName", equalTo("Okafor")));
        given().header("Authorization", Tokens.bearer("hal", "employer", UUID.randomUUID().toString()))
                .get("/participants/" + participant + "/contact").then().statusCode(404);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body("{}")
                .post("/participants/" + participant + "/consents/" + consent + "/revocation").then()
                .statusCode(200).body("inForce", equalTo(false)).body("revokedOn", equalTo(TODAY.toString()));
        given().header("Authorization", staff).get("/participants/" + participant + "/contact").then()
                .statusCode(404);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/disclosures")
                .then().body("[0].open", equalTo(false))
                .body("[0].endReason", equalTo("Consent to share with employers withdrawn"));
    }

    @Test
    void anAcceptedReferralWithoutAConsentCoveringContactDisclosesNothing() {
        String agency = newAgency("eastside-works");
        String participant = enrolWithoutConsent(agency);
        UUID employer = UUID.randomUUID();
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"purpose\":\"matching\",\"scope\":[\"skills\"]}")
                .post("/participants/" + participant + "/consents").then().statusCode(201);

        String accepted = DisclosureTest.referral(participant, employer, UUID.randomUUID(), "accepted");
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(dataSource,
                "select count(*) from processed_event where event_id = ?", accepted) == 1);
        given().header("Authorization", Tokens.bearer("emma", "employer", employer.toString()))
                .get("/participants/" + participant + "/contact").then().statusCode(404);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/consent")
                .then().body("shareWithEmployers", equalTo(true));
    }

    @Test
    void aConsentPastItsExpiryIsAnnouncedOnceAndNoLongerShares() throws Exception {
        String agency = newAgency("harbor-labor-council");
        String participant = enrolWithoutConsent(agency);
        String consent = given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"purpose\":\"matching\",\"scope\":[\"skills\",\"contact\"],\"signedOn\":\""
                        + TODAY.minusDays(30) + "\",\"expiresOn\":\"" + TODAY + "\"}")
                .post("/participants/" + participant + "/consents").then().statusCode(201).extract().path("id");
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/consent")
                .then().body("shareWithEmployers", equalTo(true));
        // the consent's last day was yesterday, as it will be tomorrow
        Sql.update(dataSource, "update consent_record set signed_on = signed_on - 1, expires_on = expires_on - 1"
                + " where id = ?", UUID.fromString(consent));

        assertThat(keepConsents.announceExpiries()).isGreaterThanOrEqualTo(1);
        assertThat(keepConsents.announceExpiries()).isZero();
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/consent")
                .then().body("shareWithEmployers", equalTo(false));
        var withdrawn = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key()) && !sharing(r.value())
                        && "consent.changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventJson.mapper().readTree(withdrawn.value()).path("consents")).isEmpty();
    }

    @Test
    void badConsentsAreRefusedNamingTheFieldAndNothingIsWritten() {
        String agency = newAgency("northside-college");
        String participant = enrolWithoutConsent(agency);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"purpose\":\"outcomes-to-funder\",\"recipients\":[\"employer:" + UUID.randomUUID()
                        + "\"],\"scope\":[\"employment-outcomes\"]}")
                .post("/participants/" + participant + "/consents").then().statusCode(422)
                .body("type", equalTo("urn:rungs:problem:consent-refused"))
                .body("violations.field", contains("recipients"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"purpose\":\"gossip\",\"scope\":[]}")
                .post("/participants/" + participant + "/consents").then().statusCode(400);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/consents")
                .then().statusCode(200).body("", hasSize(0));
    }

    /** Whether a {@code consent.changed.v1}'s data shares the participant with employers. */
    private static boolean sharing(String data) {
        try {
            return EventJson.mapper().readTree(data).path("shareWithEmployers").asBoolean(true);
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
