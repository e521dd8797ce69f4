package org.rungs.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * A bounded, deterministic fuzzer for write endpoints, on loopback: from one valid body it makes bodies that are each
 * wrong in one way a client can get wrong, and checks that every one is refused with a 4xx
 * {@code application/problem+json} naming the field where there is one. The classes of bad input:
 * <ul>
 * <li>a field given twice ({@code {"a":true,"a":null}});</li>
 * <li>a field of another JSON type (a number, a boolean, a string, an array or an object where something else is due),
 * a fraction where a whole number is due, an array holding the wrong kind of element;</li>
 * <li>a field the endpoint does not know;</li>
 * <li>text with a lone surrogate ({@code "\\ud800"}) or the NUL character;</li>
 * <li>a number with an absurd exponent;</li>
 * <li>a body that is not a JSON object: truncated, empty, an array, a scalar, nested ten thousand deep;</li>
 * <li>and, for any endpoint, a request line longer than the service accepts (414).</li>
 * </ul>
 * Tests pair it with {@link #rows(DataSource)} to show that nothing was written.
 */
public final class Fuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Writes text that is not ASCII as JSON escapes, so half a surrogate pair reaches the service as {@code \\ud800}.
     */
    private static final com.fasterxml.jackson.databind.ObjectWriter WRITER = JSON.writer()
            .with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String method;
    private final String path;
    private final ObjectNode valid;
    private final List<String> checked = new ArrayList<>();

    private Fuzz(String method, String path, String validBody) {
        this.method = method;
        this.path = path;
        try {
            this.valid = (ObjectNode) JSON.readTree(validBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A write endpoint and a body it accepts. The body's numbers say what their fields take: a whole number marks a
     * whole-number field (so a fraction is wrong there); write a decimal field's value with a fraction ({@code 3.0}).
     */
    public static Fuzz endpoint(String method, String path, String validBody) {
        return new Fuzz(method, path, validBody);
    }

    /** One bad body and the field a problem must name (null when the body as a whole is wrong). */
    public record Case(String what, String body, String field) {
    }

    /** Sends every bad body as the given caller; returns how many requests were sent. */
    public int probe(String authorization) {
        List<Case> cases = cases();
        for (Case c : cases) {
            Response response = given().header("Authorization", authorization).contentType("application/json")
                    .body(c.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .request(method, path);
            String description = method + " " + path + ": " + c.what() + "\n" + abbreviate(c.body());
            assertThat(response.statusCode()).as(description).isBetween(400, 499);
            assertThat(response.contentType()).as(description).startsWith("application/problem+json");
            JsonNode problem;
            try {
                problem = JSON.readTree(response.asByteArray());
            } catch (IOException e) {
                throw new AssertionError(description + ": the problem is not JSON: " + response.asString(), e);
            }
            assertThat(problem.path("type").asText()).as(description).startsWith("urn:rungs:problem:");
            if (c.field() != null) {
                List<String> fields = new ArrayList<>();
                problem.path("violations").forEach(v -> fields.add(v.path("field").asText()));
                assertThat(fields).as(description + "\nnames the field; problem: " + problem).contains(c.field());
            }
            checked.add(c.what());
        }
        return cases.size();
    }

    /** A request line longer than the service accepts is a 414 problem. */
    public static void uriTooLong(String path, String authorization) {
        Response response = given().header("Authorization", authorization)
                .get(path + "?q=" + "x".repeat(10_000));
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:rungs:problem:uri-too-long");
    }

    /** Every bad body made from the valid one. */
    public List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        mutate(valid, "", cases);
        cases.add(new Case("an unknown field", with(valid, "zzUnknownField", NODES.numberNode(1)),
                "zzUnknownField"));
        String text = write(valid);
        cases.add(new Case("truncated JSON", text.substring(0, text.length() / 2), null));
        cases.add(new Case("an empty body", "", null));
        cases.add(new Case("an array", "[" + text + "]", null));
        cases.add(new Case("a string", "\"" + text.replace("\"", "'") + "\"", null));
        cases.add(new Case("a number", "7", null));
        cases.add(new Case("null", "null", null));
        cases.add(new Case("nested ten thousand deep", "[".repeat(10_000) + "]".repeat(10_000), null));
        return cases;
    }

    private void mutate(ObjectNode object, String prefix, List<Case> cases) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            for (JsonNode wrong : wrongValues(value)) {
                cases.add(new Case(name + " = " + write(wrong), replaced(name, wrong), name));
            }
            if (value.isTextual()) {
                cases.add(new Case(name + " with a lone surrogate", replaced(name, NODES.textNode("a\ud800b")), name));
                cases.add(new Case(name + " with NUL", replaced(name, NODES.textNode("a\u0000b")), name));
            }
            if (value.isNumber()) {
                cases.add(new Case(name + " with an absurd exponent", replacedRaw(name, "1E999999999"), name));
            }
            if (value.isObject()) {
                mutate((ObjectNode) value, name, cases);
            }
            if (value.isArray() && !value.isEmpty()) {
                JsonNode first = value.get(0);
                if (first.isObject()) {
                    mutate((ObjectNode) first, name + "[0]", cases);
                } else {
                    for (JsonNode wrong : wrongValues(first)) {
                        ArrayNode array = NODES.arrayNode().add(wrong);
                        cases.add(new Case(name + "[0] = " + write(wrong), replaced(name, array), name + "[0]"));
                    }
                }
            }
            if (prefix.isEmpty()) {
                cases.add(new Case(name + " given twice", twice(field.getKey(), value), name));
            }
        }
    }

    /** Values of another JSON type than the given one, none of which a strict reader may accept. */
    private static List<JsonNode> wrongValues(JsonNode value) {
        List<JsonNode> wrong = new ArrayList<>();
        if (!value.isTextual()) {
            wrong.add(NODES.textNode("7"));
        }
        if (!value.isNumber()) {
            wrong.add(NODES.numberNode(new java.math.BigDecimal("1E30")));
            wrong.add(NODES.numberNode(7));
        }
        if (value.isIntegralNumber()) {
            wrong.add(NODES.numberNode(new java.math.BigDecimal("2.9")));
        }
        if (!value.isBoolean()) {
            wrong.add(NODES.booleanNode(true));
        }
        if (!value.isArray()) {
            wrong.add(NODES.arrayNode().add(7));
        }
        if (!value.isObject()) {
            wrong.add(NODES.objectNode().put("value", 7));
        }
        return wrong;
    }

    private String replaced(String path, JsonNode wrong) {
        ObjectNode copy = valid.deepCopy();
        set(copy, path, wrong);
        return write(copy);
    }

    private String replacedRaw(String path, String rawNumber) {
        String marker = "\"@@raw@@\"";
        return replaced(path, NODES.textNode("@@raw@@")).replace(marker, rawNumber);
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < steps.length - 1; i++) {
            node = step(node, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("[0]")) {
            ((ObjectNode) node).set(last.substring(0, last.length() - 3), value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.endsWith("[0]") ? node.get(step.substring(0, step.length() - 3)).get(0) : node.get(step);
    }

    private String twice(String name, JsonNode value) {
        String body = write(valid);
        String key = write(NODES.textNode(name));
        return "{" + key + ":" + write(value) + "," + body.substring(1, body.length() - 1) + "," + key + ":null}";
    }

    private static String with(ObjectNode object, String name, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        copy.set(name, value);
        return write(copy);
    }

    private static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The number of rows of every table of the service's schema, to compare before and after. */
    public static Map<String, Long> rows(DataSource dataSource) {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
        return rows;
    }

    /** Runs requests and checks they wrote no row in any table of the service's schema. */
    public static void writesNothing(DataSource dataSource, Runnable requests) {
        Map<String, Long> before = rows(dataSource);
        requests.run();
        assertThat(rows(dataSource)).as("rows per table").isEqualTo(before);
    }
}
