package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Tokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One person across agencies without sharing their names, and the audit of every read of personal data. */
@QuarkusTest
class PrivacyTest {

    static io.restassured.response.ValidatableResponse enrol(String agency, String given, String family, String born) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"givenName\":\"" + given + "\",\"familyName\":\"" + family + "\",\"consentToShare\":false,"
                        + "\"dateOfBirth\":\"" + born + "\"}")
                .post("/participants").then();
    }

    @Test
    void aPersonEnrolledAtTwoAgenciesIsOnePersonAndTwiceAtOneIsRefused() {
        String east = newAgency("eastside-works");
        String north = newAgency("northside-college");
        String family = "Quist" + UUID.randomUUID().toString().substring(0, 6);
        String first = enrol(east, "José", family, "1988-03-09").statusCode(201).body("otherAgencies", equalTo(0))
                .extract().path("id");

        String second = enrol(north, "jose", family.toUpperCase(), "1988-03-09").statusCode(201)
                .body("personId", equalTo(first)).body("otherAgencies", equalTo(1)).extract().path("id");
        enrol(north, "Jose", family, "1988-03-10").statusCode(201).body("personId", org.hamcrest.Matchers.not(first));
        enrol(east, "Jose", family, "1988-03-09").statusCode(409)
                .body("type", equalTo("urn:rungs:problem:already-enrolled"))
                .body("detail", org.hamcrest.Matchers.containsString(first));

        given().header("Authorization", navigator(east)).get("/participants/" + first).then()
                .body("otherAgencies", equalTo(1)).body("personId", equalTo(first));
        given().header("Authorization", navigator(east)).get("/participants/" + second).then().statusCode(404);
    }

    @Test
    void demographicsAreReadOnlyInAggregateWithSmallCellsWithheld() {
        String agency = newAgency("northside-college");
        for (int i = 0; i < 23; i++) {
            String sex = i < 12 ? "female" : i == 12 ? "male" : "not-disclosed";
            given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                    .body("{\"givenName\":\"P" + i + "\",\"familyName\":\"Demo\",\"consentToShare\":false,"
                            + "\"demographics\":{\"sex\":\"" + sex + "\",\"veteran\":false}}")
                    .post("/participants").then().statusCode(201)
                    .body("demographics", org.hamcrest.Matchers.nullValue());
        }

        given().header("Authorization", Tokens.bearer("ann", "analyst", null))
                .get("/demographics?partnerAgency=" + agency)
                .then().statusCode(200)
                .body("questions.sex.find { it.answer == 'female' }.count", equalTo(12))
                .body("questions.sex.find { it.answer == 'male' }.suppressed", equalTo(true))
                .body("questions.sex.find { it.answer == 'not-disclosed' }.suppressed", equalTo(true))
                .body("questions.veteran.find { it.answer == 'no' }.count", equalTo(23))
                .body("questions.total[0].count", equalTo(23));
        given().header("Authorization", navigator(agency)).get("/demographics").then().statusCode(403);
    }

    @Test
    void everyReadOfPersonalDataIsRecordedAndOnlyNetworkAdminsReadTheTrail() {
        String agency = newAgency("harbor-labor-council");
        String participant = Fixtures.enrol(agency, true);

        given().header("Authorization", navigator(agency)).get("/participants/" + participant).then().statusCode(200);
        given().header("Authorization", navigator(agency)).get("/participants?partnerAgency=" + agency).then()
                .statusCode(200);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/notes").then()
                .statusCode(200);

        given().header("Authorization", ADMIN).get("/audit/pii-reads?participantId=" + participant).then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.reader", everyItem(equalTo("navigator:nia")))
                .body("items.readerOrganisation", everyItem(equalTo(agency)))
                .body("items.record", contains("case-notes", "participant", "participant"))
                .body("items[1].fields", hasItems("givenName", "familyName", "email", "phone"));
        given().header("Authorization", ADMIN).get("/audit/pii-reads?reader=navigator:nia&from=2000-01-01T00:00:00Z")
                .then().statusCode(200).body("items.participantId", hasItem(participant));
        given().header("Authorization", ADMIN).get("/audit/pii-reads?from=yesterday").then().statusCode(400)
                .body("violations.field", hasItem("from"));
        given().header("Authorization", navigator(agency)).get("/audit/pii-reads").then().statusCode(403);
        given().header("Authorization", Tokens.bearer("ann", "analyst", null)).get("/audit/pii-reads").then()
                .statusCode(403);
    }
}
