package org.rungs.participant;

import static io.restassured.RestAssured.given;

import java.util.UUID;

import javax.sql.DataSource;

import org.rungs.testing.Sql;
import org.rungs.testing.Tokens;

import io.restassured.http.ContentType;

/** Tokens, enrolments and row counts the participant-service tests share. */
final class Fixtures {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);

    private Fixtures() {
    }

    /** A partner agency no other test uses, so lists and counts are not disturbed by other tests' data. */
    static String newAgency(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String navigator(String agency) {
        return Tokens.bearer("nia", "navigator", agency);
    }

    /** Enrols a participant as a navigator of the agency; returns the participant id. */
    static String enrol(String agency, boolean consentToShare) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"givenName\":\"Sam\",\"familyName\":\"Okafor\",\"consentToShare\":" + consentToShare + "}")
                .post("/participants").then().statusCode(201).extract().path("id");
    }

    static long count(DataSource dataSource, String sql, Object... params) {
        return Sql.number(dataSource, sql, params);
    }

    static long rows(DataSource dataSource, String table) {
        return count(dataSource, "select count(*) from " + table);
    }
}
