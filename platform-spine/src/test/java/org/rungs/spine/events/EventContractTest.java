package org.rungs.spine.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Comparator;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rungs.spine.testing.EventSamples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;

/** Each catalog entry's record, JSON Schema and golden sample agree with one another. */
class EventContractTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> a instanceof NumericNode x
            && b instanceof NumericNode y
                    ? x.decimalValue().compareTo(y.decimalValue())
                    : a.equals(b) ? 0 : 1;

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleConformsToSchema(EventType type) {
        assertThat(EventSamples.validate(type, EventSamples.sample(type))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void recordCarriesEverySampleFieldAndWritesTheSampleBack(EventType type) throws Exception {
        Object data = EventJson.mapper().readerFor(type.dataClass())
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(EventSamples.sample(type));
        assertThat(VALIDATOR.validate(data)).isEmpty();

        String written = EventJson.mapper().writeValueAsString(data);
        assertThat(EventJson.mapper().readTree(written).equals(NUMERIC, EventSamples.sampleTree(type)))
                .as("%s written back equals its sample:%n%s", type.typeName(), written).isTrue();
        assertThat(EventSamples.validate(type, written)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void typeNamesAreStableVersionedNames(EventType type) {
        assertThat(type.typeName()).matches("[a-z]+\\.[a-z]+\\.v1");
        assertThat(EventType.byTypeName(type.typeName())).contains(type);
    }

    @org.junit.jupiter.api.Test
    void unknownTypesAreClassified() {
        assertThat(EventType.classifyUnknown("vacancy.opened.v2")).isEqualTo(EventType.Unknown.UNSUPPORTED_VERSION);
        assertThat(EventType.classifyUnknown("vacancy.filled.v1")).isEqualTo(EventType.Unknown.OTHER_FACT);
        assertThat(EventType.classifyUnknown("VacancyOpened")).isEqualTo(EventType.Unknown.MALFORMED);
        assertThat(EventType.classifyUnknown(null)).isEqualTo(EventType.Unknown.MALFORMED);
    }

    @org.junit.jupiter.api.Test
    void invalidDataBreaksBeanValidation() throws Exception {
        String json = EventSamples.sample(EventType.SKILL_ATTAINED).replace("3.5", "9.5");
        Object data = EventJson.mapper().readValue(json, SkillAttainedEvent.class);
        assertThat(VALIDATOR.validate(data)).extracting(v -> v.getPropertyPath().toString()).containsExactly("level");
        assertThat(((SkillAttainedEvent) data).level()).isEqualByComparingTo(new BigDecimal("9.5"));
    }
}
