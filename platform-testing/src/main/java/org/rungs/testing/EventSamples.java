package org.rungs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The golden sample and JSON Schema of each event, as producer and consumer tests read them: producers check that what
 * they publish validates against the schema and has the sample's fields; consumers feed the sample in.
 */
public final class EventSamples {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSamples() {
    }

    public static String sample(EventType<?> type) {
        return resource(type.sampleResource());
    }

    public static JsonNode sampleTree(EventType<?> type) {
        try {
            return EventJson.mapper().readTree(sample(type));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden sample as the event's record. */
    public static <T> T sampleData(EventType<T> type) {
        try {
            return EventJson.mapper().readValue(sample(type), type.dataClass());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON Schema of an event's data. */
    public static JsonNode schemaTree(EventType<?> type) {
        try {
            return EventJson.mapper().readTree(resource(type.schemaResource()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations of a JSON payload; empty when it conforms. */
    public static Set<ValidationMessage> validate(EventType<?> type, String json) {
        JsonSchema schema = FACTORY.getSchema(resource(type.schemaResource()));
        try {
            return schema.validate(EventJson.mapper().readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The field paths of a JSON document ({@code requiredSkills[].elementId}…), to compare what a producer published
     * with the golden sample.
     */
    public static Set<String> fieldNames(String json) {
        try {
            Set<String> names = new TreeSet<>();
            collect("", EventJson.mapper().readTree(json), names);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(String prefix, JsonNode node, Set<String> names) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(f -> {
                names.add(prefix + f);
                collect(prefix + f + ".", node.get(f), names);
            });
        } else if (node.isArray() && !node.isEmpty()) {
            collect(prefix.substring(0, prefix.length() - 1) + "[].", node.get(0), names);
        }
    }

    public static String resource(String name) {
        try (InputStream in = EventSamples.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
