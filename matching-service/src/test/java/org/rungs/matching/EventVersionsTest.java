package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.events.EventType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A producer publishes {@code vacancy.opened.v2} beside {@code v1} (declared only in this test tree): matching, which
 * handles {@code v1}, reads on: it applies {@code v1}, with fields it does not know, and skips {@code v2} without
 * dead-lettering it.
 */
@QuarkusTest
class EventVersionsTest {

    @Test
    void aV1ConsumerAppliesV1AndSkipsTheV2PublishedBesideIt() throws Exception {
        UUID participant = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, "eastside-works", true),
                Feed.skill(participant, "2.A.1.a", "4"));
        long deadLettered = Feed.KAFKA.size(DeliveryTest.DLQ);

        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        ObjectNode v1 = Feed.openedData(vacancy, employer, Map.of("2.A.1.a", "3"));
        v1.put("benefits", "dental").putObject("rung").put("ladder", "care").put("tier", 2);
        String v1Id = Feed.KAFKA.send(org.rungs.contracts.employer.EmployerEvents.VACANCY_OPENED, vacancy.toString(),
                Feed.json(v1));
        EventType<NextVacancyEvents.VacancyOpenedV2> v2Type = NextVacancyEvents.VACANCY_OPENED_V2;
        String v2 = EventJson.mapper().writeValueAsString(new NextVacancyEvents.VacancyOpenedV2(vacancy, employer,
                new NextVacancyEvents.WageBand(new java.math.BigDecimal("19.50"), new java.math.BigDecimal("23")),
                java.time.Instant.now()));
        String v2Id = Feed.KAFKA.send(v2Type, vacancy.toString(), v2);
        // a later event of the same vacancy: once it is applied, the two before it were read
        String closed = Feed.closed(vacancy, employer);

        Feed.awaitApplied(v1Id, closed);
        assertThat(Feed.applied(v2Id)).as("v2 is skipped, not applied").isFalse();
        assertThat(Feed.KAFKA.size(DeliveryTest.DLQ)).as("nothing was dead-lettered").isEqualTo(deadLettered);
        String match = org.rungs.matching.match.domain.Match.idOf(vacancy, participant).toString();
        assertThat(Feed.KAFKA.await("rungs.match", r -> match.equals(r.key()), Feed.PATIENCE).value())
                .as("v1 proposed the participant").contains(participant.toString());
    }
}
