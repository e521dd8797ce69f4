package org.rungs.spine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.spine.problem.ProblemMappersAccess;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The request reader takes a value only as the JSON type its field has, without infrastructure. */
class StrictInputTest {

    enum Shift {

        DAY, NIGHT;

        @JsonValue
        String code() {
            return name().toLowerCase();
        }
    }

    record Skill(String elementId, BigDecimal level) {
    }

    record Request(UUID id, String name, Boolean share, int openings, BigDecimal wage, Shift shift,
            List<String> codes, List<Skill> skills) {
    }

    static final ObjectMapper MAPPER = strict();

    static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictInputCustomizer().customize(mapper);
        return mapper;
    }

    static Request read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Request.class);
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() throws Exception {
        Request r = read("""
                {"id":"9b2e4c6a-1d3f-4e5a-8b7c-0d1e2f3a4b5c","name":"Maria \\ud83d\\ude00","share":false,"openings":3,
                 "wage":19,"shift":"night","codes":["a"],"skills":[{"elementId":"2.A.1.a","level":3.5}]}""");
        assertThat(r.name()).isEqualTo("Maria \uD83D\uDE00");
        assertThat(r.wage()).isEqualByComparingTo("19");
        assertThat(r.shift()).isEqualTo(Shift.NIGHT);
    }

    @Test
    void noValueIsCoercedFromAnotherJsonType() {
        for (String bad : List.of("{\"share\":1e30}", "{\"share\":1}", "{\"share\":\"true\"}", "{\"name\":true}",
                "{\"name\":7}", "{\"name\":2.5}", "{\"openings\":2.9}", "{\"openings\":\"3\"}", "{\"openings\":true}",
                "{\"wage\":\"19.5\"}", "{\"shift\":1}", "{\"shift\":\"\"}", "{\"codes\":\"a\"}", "{\"codes\":[7]}",
                "{\"openings\":null}", "{\"nmae\":\"x\"}", "{\"name\":\"a\\u0000b\"}", "{\"name\":\"a\\ud800b\"}",
                "{\"name\":\"\\udc00\"}", "{\"wage\":0E2147483647}", "{\"name\":\"a\"} {\"name\":\"b\"}")) {
            assertThatThrownBy(() -> read(bad)).as(bad).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void aFieldGivenTwiceIsNamedWithItsPath() {
        assertThat(duplicate("{\"share\":true,\"share\":null}")).isEqualTo("share");
        assertThat(duplicate("{\"skills\":[{\"elementId\":\"a\",\"level\":1},{\"level\":1,\"level\":2}]}"))
                .isEqualTo("skills[1].level");
    }

    static String duplicate(String json) {
        try {
            read(json);
            throw new AssertionError("read " + json);
        } catch (JsonProcessingException e) {
            return ProblemMappersAccess.duplicatedField(e);
        }
    }

    @Test
    void loneSurrogatesAreFoundAndPairsAreNot() {
        assertThat(StrictInputModule.hasLoneSurrogate("a\uD83D\uDE00b")).isFalse();
        assertThat(StrictInputModule.hasLoneSurrogate("a\uD83Db")).isTrue();
        assertThat(StrictInputModule.hasLoneSurrogate("\uDE00")).isTrue();
        assertThat(StrictInputModule.hasLoneSurrogate("end\uD83D")).isTrue();
    }
}
