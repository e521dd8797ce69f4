package org.rungs.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.rungs.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** Reads {@code GET /indicators} as the callers the tests need, and waits for counts to follow the events fed. */
final class Indicators {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);
    static final String ANALYST = Tokens.bearer("ana", "analyst", null);
    static final Duration PATIENCE = Duration.ofSeconds(45);

    private Indicators() {
    }

    static JsonPath read(String authorization, String query) {
        return JsonPath.from(given().header("Authorization", authorization)
                .get(query.isEmpty() ? "/indicators" : "/indicators?" + query)
                .then().statusCode(200).extract().asString());
    }

    /** What a network admin sees without suppression. */
    static JsonPath raw(String query) {
        return read(ADMIN, query.isEmpty() ? "suppress=false" : "suppress=false&" + query);
    }

    /** Waits until the raw indicators for the query pass the assertions. */
    static JsonPath awaitRaw(String query, Consumer<JsonPath> assertions) {
        await().ignoreExceptions().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertions.accept(raw(query)));
        return raw(query);
    }

    /** The whole answer without its timestamp, to compare two readings. */
    static Map<String, Object> comparable(JsonPath json) {
        Map<String, Object> all = new HashMap<>(json.getMap("$"));
        all.remove("asOf");
        return all;
    }

    /**
     * Network-wide raw indicators once reporting-service has applied every event fed so far (its consumer group's
     * committed offsets reach the topics' ends).
     */
    static JsonPath settled() {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> Feed.KAFKA.caughtUp(
                "reporting-service"));
        return raw("");
    }
}
