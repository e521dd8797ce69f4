package org.rungs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * deploy/stack.json is the one description of the local stack: what the services, the shared defaults and the README
 * say of ports and schemas agrees with it, and every port lies outside Linux's ephemeral range.
 */
class StackDescriptionTest {

    static final Path ROOT = Path.of("..");
    static final int END_TO_END_OFFSET = 1000;
    static final JsonNode STACK = read(ROOT.resolve("deploy/stack.json"));

    @Test
    void everyPortIsOutsideTheEphemeralRangeEvenShiftedForTheEndToEndSuite() {
        List<Integer> ports = new ArrayList<>();
        ports.add(STACK.path("database").path("port").asInt());
        ports.add(STACK.path("kafka").path("port").asInt());
        ports.add(STACK.path("kafka").path("controllerPort").asInt());
        ports.add(STACK.path("keycloak").path("port").asInt());
        ports.add(STACK.path("keycloak").path("managementPort").asInt());
        STACK.path("services").forEach(s -> ports.add(s.path("port").asInt()));
        assertThat(ports).doesNotContain(0).doesNotHaveDuplicates();
        for (int port : ports) {
            for (int shifted : List.of(port, port + END_TO_END_OFFSET)) {
                assertThat(shifted < 32768 || shifted > 60999).as("port %d is outside 32768-60999", shifted).isTrue();
                assertThat(shifted).as("port %d", shifted).isBetween(1024, 65535);
            }
        }
        assertThat(ports.stream().map(p -> p + END_TO_END_OFFSET)).doesNotContainAnyElementsOf(ports);
    }

    @Test
    void everyServiceStatesTheNamePortAndSchemaTheStackGivesIt() throws IOException {
        for (JsonNode service : STACK.path("services")) {
            String name = service.path("name").asText();
            Properties own = new Properties();
            try (Reader r = Files.newBufferedReader(ROOT.resolve(name).resolve(
                    "src/main/resources/application.properties"))) {
                own.load(r);
            }
            assertThat(own.getProperty("quarkus.application.name")).as(name).isEqualTo(name);
            assertThat(own.getProperty("quarkus.http.port")).as(name).isEqualTo(service.path("port").asText());
            assertThat(own.getProperty("rungs.schema")).as(name).isEqualTo(service.path("schema").asText());
        }
    }

    @Test
    void theSharedDefaultsPointAtTheStack() throws IOException {
        Properties defaults = new Properties();
        try (Reader r = Files.newBufferedReader(ROOT.resolve(
                "platform-spine/src/main/resources/META-INF/microprofile-config.properties"))) {
            defaults.load(r);
        }
        assertThat(defaults.getProperty("quarkus.datasource.jdbc.url")).isEqualTo("jdbc:postgresql://localhost:"
                + STACK.path("database").path("port").asInt() + "/" + STACK.path("database").path("name").asText());
        assertThat(defaults.getProperty("kafka.bootstrap.servers"))
                .isEqualTo("localhost:" + STACK.path("kafka").path("port").asInt());
        assertThat(defaults.getProperty("quarkus.oidc.auth-server-url")).isEqualTo("http://localhost:"
                + STACK.path("keycloak").path("port").asInt() + "/realms/" + STACK.path("keycloak").path("realm")
                        .asText());
    }

    @Test
    void theReadmeListsTheServicesWithTheirPortsAndSchemas() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> listed = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| ([a-z]+-service) \\| (\\d+) \\| `([a-z]+)` \\|").matcher(readme);
        while (row.find()) {
            listed.add(row.group(1) + ":" + row.group(2) + ":" + row.group(3));
        }
        List<String> described = new ArrayList<>();
        STACK.path("services").forEach(s -> described.add(s.path("name").asText() + ":" + s.path("port").asInt()
                + ":" + s.path("schema").asText()));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(described);
        assertThat(readme).contains("http://localhost:" + STACK.path("keycloak").path("port").asInt());
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
