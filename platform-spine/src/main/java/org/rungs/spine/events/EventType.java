package org.rungs.spine.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The event catalog. Each entry is the one definition of an event: its stable wire type
 * ({@code <aggregate>.<fact>.v<major>}), the topic it travels on, and the record that carries its data. The JSON Schema
 * and golden sample live beside it under {@code events/<type>.schema.json} and {@code events/<type>.sample.json}.
 */
public enum EventType {

    PARTICIPANT_ENROLLED("participant.enrolled.v1", Topic.PARTICIPANT, ParticipantEnrolledEvent.class), SKILL_ATTAINED(
            "skill.attained.v1", Topic.PARTICIPANT, SkillAttainedEvent.class), CONSENT_CHANGED("consent.changed.v1",
                    Topic.PARTICIPANT, ConsentChangedEvent.class), EMPLOYER_JOINED("employer.joined.v1", Topic.EMPLOYER,
                            EmployerJoinedEvent.class), VACANCY_OPENED("vacancy.opened.v1", Topic.VACANCY,
                                    VacancyOpenedEvent.class), VACANCY_CLOSED("vacancy.closed.v1", Topic.VACANCY,
                                            VacancyClosedEvent.class), PROGRAM_PUBLISHED("program.published.v1",
                                                    Topic.PROGRAM, ProgramPublishedEvent.class), MATCH_PROPOSED(
                                                            "match.proposed.v1", Topic.MATCH, MatchProposedEvent.class);

    private static final Pattern TYPE_NAME = Pattern.compile("^([a-z][a-z-]*\\.[a-z][a-z-]*)\\.v([1-9][0-9]*)$");
    private static final Map<String, EventType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::typeName, Function.identity()));

    private final String typeName;
    private final Topic topic;
    private final Class<?> dataClass;

    EventType(String typeName, Topic topic, Class<?> dataClass) {
        this.typeName = typeName;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    public String typeName() {
        return typeName;
    }

    public Topic topic() {
        return topic;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    /** The fact without its version, e.g. {@code vacancy.opened}. */
    public String fact() {
        return typeName.substring(0, typeName.lastIndexOf('.'));
    }

    public String schemaResource() {
        return "events/" + typeName + ".schema.json";
    }

    public String sampleResource() {
        return "events/" + typeName + ".sample.json";
    }

    public static Optional<EventType> byTypeName(String typeName) {
        return Optional.ofNullable(BY_NAME.get(typeName));
    }

    /**
     * Classifies a type name this platform does not know: a well-formed name of a known fact at another major version
     * is {@link Unknown#UNSUPPORTED_VERSION}, a well-formed name of another fact is {@link Unknown#OTHER_FACT}
     * (consumers skip it), anything else is {@link Unknown#MALFORMED}.
     */
    public static Unknown classifyUnknown(String typeName) {
        if (typeName == null) {
            return Unknown.MALFORMED;
        }
        Matcher m = TYPE_NAME.matcher(typeName);
        if (!m.matches()) {
            return Unknown.MALFORMED;
        }
        String fact = m.group(1);
        return Arrays.stream(values()).anyMatch(t -> t.fact().equals(fact))
                ? Unknown.UNSUPPORTED_VERSION
                : Unknown.OTHER_FACT;
    }

    public enum Unknown {
        MALFORMED, UNSUPPORTED_VERSION, OTHER_FACT
    }
}
