package org.rungs.employer;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * Tokens are verified here, against the realm's keys: a garbage, unsigned or foreign token is a 401 problem without a
 * call to the identity provider and without an error in the log.
 */
@QuarkusTest
class BearerTokenTest {

    @OidcWireMock
    WireMockServer keycloak;

    @Test
    void aBadTokenIsA401WithoutIntrospectionAndWithoutAnErrorLine() {
        String unsigned = b64("{\"alg\":\"none\"}") + "." + b64("{\"sub\":\"ada\",\"iss\":\"x\"}") + ".";
        List<String> tokens = List.of("not-a-token", "a.b.c", unsigned, "eyJ" + "A".repeat(500),
                EmployerResourceTest.ADMIN.substring("Bearer ".length()) + "tampered");
        List<LogRecord> problems = new ArrayList<>();
        Handler capture = new Handler() {

            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue() && r.getLoggerName() != null
                        && (r.getLoggerName().startsWith("io.quarkus.oidc")
                                || r.getLoggerName().startsWith("io.quarkus.security")
                                || r.getLoggerName().startsWith("io.quarkus.vertx.http"))) {
                    problems.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            for (int i = 0; i < 100; i++) {
                given().header("Authorization", "Bearer " + tokens.get(i % tokens.size())).get("/employers")
                        .then().statusCode(401).contentType("application/problem+json")
                        .body("type", equalTo("urn:rungs:problem:unauthorized"));
            }
        } finally {
            root.removeHandler(capture);
        }
        assertThat(keycloak.findAll(anyRequestedFor(urlPathMatching(".*introspect.*")))).isEmpty();
        assertThat(problems).extracting(LogRecord::getMessage).isEmpty();
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
