package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.rungs.participant.Fixtures.count;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;
import static org.rungs.participant.Fixtures.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A partner system retrying a POST with the same Idempotency-Key creates once and gets the first answer again. */
@QuarkusTest
class IdempotencyKeyTest {

    static final String LEE = "{\"givenName\":\"Lee\",\"familyName\":\"Chen\",\"consentToShare\":true}";

    @Inject
    AgroalDataSource dataSource;

    private Response enrol(String token, String key, String body) {
        var request = given().header("Authorization", token).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/participants");
    }

    private long enrolledIn(String agency) {
        return count(dataSource, "select count(*) from participant where partner_agency = ?", agency);
    }

    private long eventsAbout(String participantId) {
        return count(dataSource, "select count(*) from outbox_event where aggregate_id = ?", participantId);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheFirstResponseAndCreatesNothing() {
        String agency = newAgency("eastside-works");
        String key = UUID.randomUUID().toString();

        Response first = enrol(navigator(agency), key, LEE);
        first.then().statusCode(201).header("Idempotent-Replayed", (String) null);
        String id = first.path("id");

        enrol(navigator(agency), key, LEE).then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .contentType(ContentType.JSON)
                .body("id", equalTo(id))
                .body("enrolledAt", equalTo(first.path("enrolledAt")));

        assertThat(enrolledIn(agency)).isEqualTo(1);
        assertThat(eventsAbout(id)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndWritesNothing() {
        String agency = newAgency("eastside-works");
        String key = UUID.randomUUID().toString();
        String id = enrol(navigator(agency), key, LEE).then().statusCode(201).extract().path("id");

        enrol(navigator(agency), key, LEE.replace("Chen", "Cheng")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:idempotency-key-reused"));
        given().header("Authorization", navigator(agency)).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"elementId\":\"2.B.1.f\",\"level\":3.5,\"source\":\"assessed\"}")
                .post("/participants/" + id + "/skills")
                .then().statusCode(422).body("type", equalTo("urn:rungs:problem:idempotency-key-reused"));

        assertThat(enrolledIn(agency)).isEqualTo(1);
        assertThat(count(dataSource, "select count(*) from skill_record where participant_id = ?", UUID.fromString(id)))
                .isZero();
    }

    @Test
    void keysBelongToTheCaller() {
        String agency = newAgency("eastside-works");
        String key = UUID.randomUUID().toString();
        String first = enrol(navigator(agency), key, LEE).then().statusCode(201).extract().path("id");

        String other = Tokens.bearer("noah", "navigator", agency);
        enrol(other, key, LEE).then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .body("id", not(equalTo(first)));
        assertThat(enrolledIn(agency)).isEqualTo(2);
    }

    @Test
    void aRequestThatFailedCanBeRetriedWithItsKey() {
        String agency = newAgency("eastside-works");
        String key = UUID.randomUUID().toString();
        enrol(navigator(agency), key, LEE.replace("\"Lee\"", "\" \"")).then().statusCode(400);
        enrol(navigator(agency), key, LEE).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertThat(enrolledIn(agency)).isEqualTo(1);
    }

    @Test
    void anUnusableKeyIsAProblemAndWritesNothing() {
        String agency = newAgency("eastside-works");
        long outbox = rows(dataSource, "outbox_event");
        for (String key : List.of("k".repeat(256), "two words")) {
            enrol(navigator(agency), key, LEE).then().statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("Idempotency-Key"));
        }
        assertThat(enrolledIn(agency)).isZero();
        assertThat(rows(dataSource, "outbox_event")).isEqualTo(outbox);
    }

    @Test
    void concurrentRetriesCreateOnce() throws Exception {
        String agency = newAgency("eastside-works");
        String key = UUID.randomUUID().toString();
        String token = navigator(agency);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Response> call = () -> enrol(token, key, LEE);
                calls.add(pool.submit(call));
            }
            List<String> ids = new ArrayList<>();
            for (Future<Response> call : calls) {
                Response r = call.get();
                assertThat(r.statusCode()).isEqualTo(201);
                ids.add(r.path("id"));
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(enrolledIn(agency)).isEqualTo(1);
    }
}
