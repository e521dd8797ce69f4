package org.rungs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.spine.events.EventCatalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * docs/events.md (its table) and docs/asyncapi.yaml are generated from the catalog. On a developer's machine this test
 * writes them when they differ; in CI (the {@code CI} environment variable set) it fails instead, so a change to an
 * event that was not regenerated cannot land.
 */
class EventDocsTest {

    static final Path EVENTS = Path.of("../docs/events.md");
    static final Path ASYNCAPI = Path.of("../docs/asyncapi.yaml");

    final EventDocs docs = new EventDocs(List.copyOf(EventCatalog.get().all()));

    @Test
    void theEventsTableIsTheCatalogs() throws Exception {
        String current = Files.readString(EVENTS);
        int start = current.indexOf(EventDocs.TABLE_START);
        int end = current.indexOf(EventDocs.TABLE_END);
        assertThat(start).as("docs/events.md holds the generated table's markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        String expected = current.substring(0, start) + docs.eventsTable()
                + current.substring(end + EventDocs.TABLE_END.length());
        upToDate(EVENTS, current, expected);
    }

    @Test
    void theAsyncApiDocumentIsTheCatalogs() throws Exception {
        String expected = docs.asyncApi();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(expected);
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        doc.path("components").path("messages").forEach(m -> assertThat(ASYNCAPI.getParent()
                .resolve(m.path("payload").path("schema").path("$ref").asText())).as("schema of %s", m.path("name"))
                .exists());
        assertThat(doc.path("components").path("messages").size()).isEqualTo(EventCatalog.get().all().size());
        upToDate(ASYNCAPI, Files.exists(ASYNCAPI) ? Files.readString(ASYNCAPI) : "", expected);
    }

    private static void upToDate(Path file, String current, String expected) throws Exception {
        if (current.equals(expected)) {
            return;
        }
        if (System.getenv("CI") != null) {
            assertThat(current).as("%s is generated from the event catalog: run ./mvnw -pl contracts test and commit "
                    + "it", file).isEqualTo(expected);
        }
        Files.writeString(file, expected);
    }
}
