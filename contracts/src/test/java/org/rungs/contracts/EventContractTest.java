package org.rungs.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.events.EventCatalog;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;
import org.rungs.testing.EventSamples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NumericNode;

/** Each declared event's record, JSON Schema and golden sample agree with one another. */
class EventContractTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    private static final Comparator<JsonNode> NUMERIC = (a, b) -> a instanceof NumericNode x
            && b instanceof NumericNode y
                    ? x.decimalValue().compareTo(y.decimalValue())
                    : a.equals(b) ? 0 : 1;

    static Stream<EventType<?>> declared() {
        return EventCatalog.get().all().stream();
    }

    @Test
    void theCatalogHoldsEveryProducersDeclarations() {
        assertThat(declared().map(EventType::name)).containsExactly("employer.joined.v1", "vacancy.opened.v1",
                "vacancy.closed.v1", "vacancy.filled.v1", "ladder.published.v1", "ladder.retired.v1",
                "agreement.signed.v1", "agreement.ended.v1", "referral.changed.v1", "hire.recorded.v1",
                "promotion.recorded.v1", "retention.checked.v1", "separation.recorded.v1", "participant.enrolled.v1",
                "participant.barriers-changed.v1", "skill.attained.v1", "consent.changed.v1", "service.recorded.v1",
                "service.cancelled.v1",
                "participant.exited.v1", "participant.excluded.v1", "support.referred.v1", "support.changed.v1",
                "plan.changed.v1", "note.added.v1",
                "program.published.v1", "cohort.scheduled.v1", "cohort.cancelled.v1", "enrolment.changed.v1",
                "skill-gain.recorded.v1", "credential.awarded.v1", "match.proposed.v1",
                "match.withdrawn.v1", "pathway.proposed.v1");
        assertThat(declared().map(t -> t.topic().producer()).distinct()).containsExactly(EmployerEvents.PRODUCER,
                ParticipantEvents.PRODUCER, TrainingEvents.PRODUCER, MatchingEvents.PRODUCER);
    }

    @ParameterizedTest
    @MethodSource("declared")
    void sampleConformsToSchema(EventType<?> type) {
        assertThat(EventSamples.validate(type, EventSamples.sample(type))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("declared")
    void recordCarriesEverySampleFieldAndWritesTheSampleBack(EventType<?> type) throws Exception {
        Object data = EventJson.mapper().readerFor(type.dataClass())
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(EventSamples.sample(type));
        assertThat(VALIDATOR.validate(data)).isEmpty();

        String written = EventJson.mapper().writeValueAsString(data);
        assertThat(EventJson.mapper().readTree(written).equals(NUMERIC, EventSamples.sampleTree(type)))
                .as("%s written back equals its sample:%n%s", type.name(), written).isTrue();
        assertThat(EventSamples.validate(type, written)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("declared")
    void schemaNamesTheRecordsFieldsAndRequiresWhatTheRecordRequires(EventType<?> type) {
        JsonNode schema = EventSamples.schemaTree(type);
        assertThat(schema.path("title").asText()).isEqualTo(type.name());
        assertThat(schema.path("description").asText()).as("%s describes its fact", type.name()).isNotBlank();
        Set<String> properties = new TreeSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        RecordComponent[] components = type.dataClass().getRecordComponents();
        assertThat(properties).isEqualTo(Arrays.stream(components).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new)));
        Set<String> required = new TreeSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        Set<String> requiredByRecord = Arrays.stream(components)
                .filter(c -> c.getType().isPrimitive() || c.getAccessor().isAnnotationPresent(NotNull.class)
                        || c.getAccessor().isAnnotationPresent(NotBlank.class))
                .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
        assertThat(required).as("%s: the schema requires what the record requires", type.name())
                .isEqualTo(requiredByRecord);
    }

    @ParameterizedTest
    @MethodSource("declared")
    void typeNamesAreStableVersionedNames(EventType<?> type) {
        assertThat(type.name()).matches("[a-z]+(-[a-z]+)*\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*");
        assertThat(type.topic().name()).startsWith("rungs.");
        assertThat(EventCatalog.get().byName(type.name())).containsSame(type);
    }

    @Test
    void invalidDataBreaksBeanValidation() throws Exception {
        String json = EventSamples.sample(ParticipantEvents.SKILL_ATTAINED).replace("3.5", "9.5");
        SkillAttained data = EventJson.mapper().readValue(json, SkillAttained.class);
        assertThat(VALIDATOR.validate(data)).extracting(v -> v.getPropertyPath().toString()).containsExactly("level");
        assertThat(data.level()).isEqualByComparingTo(new BigDecimal("9.5"));
    }

    @Test
    void aConsumerIgnoresFieldsAddedWithinAMajorVersion() throws Exception {
        String sample = EventSamples.sample(ParticipantEvents.SKILL_ATTAINED);
        String withMore = sample.replaceFirst("\\{", "{\"assessor\":\"CASAS\",\"scores\":{\"reading\":235},");
        assertThat(EventJson.mapper().readValue(withMore, SkillAttained.class))
                .isEqualTo(EventJson.mapper().readValue(sample, SkillAttained.class));
    }
}
