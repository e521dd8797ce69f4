package org.rungs.contracts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;
import org.rungs.testing.EventSamples;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the event documentation from the catalog and the JSON Schemas: the table of docs/events.md and the whole of
 * docs/asyncapi.yaml. Nothing in either is written by hand, so neither can drift from the definitions.
 */
final class EventDocs {

    static final String TABLE_START = "<!-- generated from the event catalog by EventDocsTest: do not edit -->";
    static final String TABLE_END = "<!-- end of generated table -->";
    static final String SCHEMAS = "../contracts/src/main/resources/";

    private final List<EventType<?>> types;

    EventDocs(List<EventType<?>> types) {
        this.types = types;
    }

    /** The table of events: type, topic and key, producer, fields. */
    String eventsTable() {
        StringBuilder md = new StringBuilder(TABLE_START).append('\n');
        md.append("| type | topic / key | producer | what it says | fields (`?` optional) |\n");
        md.append("| --- | --- | --- | --- | --- |\n");
        for (EventType<?> type : types) {
            JsonNode schema = EventSamples.schemaTree(type);
            md.append("| `").append(type.name()).append("` | `").append(type.topic().name()).append("` / ")
                    .append(key(type, schema)).append(" | ").append(type.topic().producer()).append(" | ")
                    .append(schema.path("description").asText().replace("|", "\\|")).append(" | ")
                    .append(fields(schema)).append(" |\n");
        }
        return md.append(TABLE_END).toString();
    }

    /** The aggregate id field: the one the sample's subject comes from. */
    private static <T> String key(EventType<T> type, JsonNode schema) {
        JsonNode sample = EventSamples.sampleTree(type);
        String key = type.aggregateId(EventSamples.sampleData(type));
        for (var it = schema.path("properties").fieldNames(); it.hasNext();) {
            String field = it.next();
            if (key.equals(sample.path(field).asText())) {
                return field;
            }
        }
        throw new IllegalStateException(type.name() + ": no field holds the aggregate id");
    }

    static String fields(JsonNode schema) {
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<String> fields = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            StringBuilder f = new StringBuilder(e.getKey());
            if ("array".equals(p.path("type").asText())) {
                f.append("[]");
                if ("object".equals(p.path("items").path("type").asText())) {
                    f.append(" (").append(fields(p.path("items"))).append(")");
                }
            }
            if (!required.contains(e.getKey())) {
                f.append('?');
            }
            if (p.has("enum")) {
                List<String> values = new ArrayList<>();
                p.path("enum").forEach(v -> values.add(v.asText()));
                f.append(" (").append(String.join(", ", values)).append(")");
            } else if (p.has("minimum") && p.has("maximum")) {
                f.append(" (").append(p.path("minimum").asText()).append("–").append(p.path("maximum").asText())
                        .append(")");
            }
            fields.add(f.toString());
        });
        return String.join(", ", fields);
    }

    /** The AsyncAPI 3.0 document: a channel per topic, a message per event type, the producer's send operation. */
    String asyncApi() {
        Map<Topic, List<EventType<?>>> byTopic = new LinkedHashMap<>();
        types.forEach(t -> byTopic.computeIfAbsent(t.topic(), k -> new ArrayList<>()).add(t));
        StringBuilder y = new StringBuilder();
        y.append(
                """
                        # Generated from the event catalog (contracts module) by EventDocsTest: do not edit.
                        asyncapi: 3.0.0
                        info:
                          title: Rungs events
                          version: 1.0.0
                          description: |
                            Events between the Rungs services: CloudEvents 1.0 in Kafka binary mode (ce_* headers), JSON data, one topic
                            per producing aggregate, keyed by the aggregate id, written by the producer alone through its transactional
                            outbox. The JSON Schemas are the definitions in the contracts module; docs/events.md explains each event.
                            Each consuming service applies an event once (idempotent inbox) and sends poison to its own <service>.dlq;
                            the service canvases (docs/services/) say which events each service consumes.
                        defaultContentType: application/json
                        servers:
                          local:
                            host: 127.0.0.1:9092
                            protocol: kafka
                            description: The local stack started by deploy/rungs up.
                        channels:
                        """);
        byTopic.forEach((topic, events) -> {
            y.append("  ").append(channel(topic)).append(":\n");
            y.append("    address: ").append(topic.name()).append('\n');
            y.append("    description: Events of the ").append(channel(topic))
                    .append(" aggregate, keyed by its id. Produced by ").append(topic.producer()).append(".\n");
            y.append("    messages:\n");
            events.forEach(e -> y.append("      ").append(message(e)).append(":\n        $ref: '#/components/messages/")
                    .append(message(e)).append("'\n"));
        });
        y.append("operations:\n");
        byTopic.forEach((topic, events) -> {
            y.append("  publish-").append(channel(topic)).append(":\n");
            y.append("    action: send\n    channel:\n      $ref: '#/channels/").append(channel(topic)).append("'\n");
            y.append("    summary: ").append(topic.producer())
                    .append(" publishes through its transactional outbox.\n");
            y.append("    messages:\n");
            events.forEach(e -> y.append("      - $ref: '#/channels/").append(channel(topic)).append("/messages/")
                    .append(message(e)).append("'\n"));
        });
        y.append("""
                components:
                  messageTraits:
                    cloudEvent:
                      headers:
                        type: object
                        required: [ce_specversion, ce_id, ce_type, ce_source]
                        properties:
                          ce_specversion: {type: string, const: '1.0'}
                          ce_id: {type: string, description: Event id; consumers deduplicate on it.}
                          ce_type: {type: string, description: '<aggregate>.<fact>.v<major>'}
                          ce_source: {type: string, description: The producing service.}
                          ce_subject: {type: string, description: The aggregate id, also the record key.}
                          ce_time: {type: string, format: date-time}
                          content-type: {type: string, const: application/json}
                  messages:
                """);
        for (EventType<?> type : types) {
            JsonNode schema = EventSamples.schemaTree(type);
            y.append("    ").append(message(type)).append(":\n");
            y.append("      name: ").append(type.name()).append('\n');
            y.append("      title: ").append(type.name()).append('\n');
            y.append("      summary: \"").append(schema.path("description").asText().replace("\"", "\\\""))
                    .append("\"\n");
            y.append("      traits:\n        - $ref: '#/components/messageTraits/cloudEvent'\n");
            y.append("      payload:\n        schemaFormat: application/schema+json;version=draft-2020-12\n");
            y.append("        schema:\n          $ref: '").append(SCHEMAS).append(type.schemaResource()).append("'\n");
        }
        return y.toString();
    }

    static String channel(Topic topic) {
        return topic.name().substring(topic.name().indexOf('.') + 1);
    }

    static String message(EventType<?> type) {
        return type.name().replace('.', '_');
    }
}
