package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.restassured.path.json.JsonPath;

/** Starts replays as a network admin and waits for them to end. */
final class Replays {

    private Replays() {
    }

    /** Starts a replay (202) and returns its location. */
    static String start() {
        return given().header("Authorization", Indicators.ADMIN).post("/replays")
                .then().statusCode(202).contentType("application/json")
                .extract().header("Location");
    }

    static JsonPath read(String location) {
        return JsonPath.from(given().header("Authorization", Indicators.ADMIN).get(location)
                .then().statusCode(200).extract().asString());
    }

    /** Waits until the replay is no longer running and returns it. */
    static JsonPath awaitEnd(String location) {
        await().atMost(Indicators.PATIENCE).pollInterval(Duration.ofMillis(200))
                .until(() -> !"running".equals(read(location).getString("status")));
        return read(location);
    }

    /** Starts a replay and waits until it completed. */
    static JsonPath run() {
        JsonPath done = awaitEnd(start());
        if (!"completed".equals(done.getString("status"))) {
            throw new AssertionError("the replay did not complete: " + done.prettify());
        }
        return done;
    }
}
