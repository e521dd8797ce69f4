package org.rungs.matching;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rungs.spine.events.EventJson;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads candidate lists over REST, as network staff would. */
final class Candidates {

    static final String ADMIN = Tokens.bearer("ada", "network-admin", null);

    private Candidates() {
    }

    /** The candidate list a caller sees for a vacancy (which must answer 200). */
    static JsonNode of(UUID vacancy, String authorization) {
        String body = given().header("Authorization", authorization).get("/vacancies/" + vacancy + "/candidates")
                .then().statusCode(200).contentType("application/json").extract().asString();
        try {
            return EventJson.mapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode of(UUID vacancy) {
        return of(vacancy, ADMIN);
    }

    /** The candidates among the given participants, in the order the list ranks them. */
    static List<JsonNode> among(JsonNode list, UUID... participants) {
        Set<String> ids = Set.of(participants).stream().map(UUID::toString).collect(Collectors.toSet());
        List<JsonNode> found = new ArrayList<>();
        list.get("candidates").forEach(c -> {
            if (ids.contains(c.get("participantId").asText())) {
                found.add(c);
            }
        });
        return found;
    }

    static List<String> ids(List<JsonNode> candidates) {
        return candidates.stream().map(c -> c.get("participantId").asText()).toList();
    }
}
