package org.rungs.spine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** docs/asyncapi.yaml describes exactly the catalog: every topic is a channel, every event type a message. */
class AsyncApiDocumentTest {

    private static final Path DOCUMENT = Path.of("../docs/asyncapi.yaml");

    @Test
    void describesEveryTopicAndEventOfTheCatalog() throws Exception {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(DOCUMENT));
        assertThat(doc.path("asyncapi").asText()).isEqualTo("3.0.0");

        List<String> addresses = new ArrayList<>();
        doc.path("channels").forEach(c -> addresses.add(c.path("address").asText()));
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(Topic.values()).map(Topic::topicName).toList());

        List<String> messages = new ArrayList<>();
        doc.path("components").path("messages").forEach(m -> {
            messages.add(m.path("name").asText());
            String schema = m.path("payload").path("schema").path("$ref").asText();
            assertThat(DOCUMENT.getParent().resolve(schema)).as("schema of %s", m.path("name")).exists();
        });
        assertThat(messages).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(EventType.values()).map(EventType::typeName).toList());

        for (EventType type : EventType.values()) {
            String channel = type.topic().name().toLowerCase();
            assertThat(doc.path("channels").path(channel).path("address").asText())
                    .isEqualTo(type.topic().topicName());
            assertThat(doc.path("channels").path(channel).path("messages")
                    .has(type.typeName().replace('.', '_'))).as("%s on %s", type.typeName(), channel).isTrue();
        }
    }
}
