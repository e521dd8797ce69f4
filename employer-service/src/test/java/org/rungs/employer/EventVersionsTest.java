package org.rungs.employer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventCatalog;
import org.rungs.spine.events.EventJson;
import org.rungs.spine.outbox.Outbox;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Two major versions of one event travel side by side; only the producer publishes its events. */
@QuarkusTest
class EventVersionsTest {

    @Inject
    Outbox outbox;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void vacancyOpenedV1AndV2ArePublishedSideBySideInOrder() throws Exception {
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        VacancyOpened v1 = EventSamples.sampleData(EmployerEvents.VACANCY_OPENED);
        VacancyOpened mine = new VacancyOpened(vacancy, employer, v1.title(), v1.occupationCode(), v1.requiredSkills(),
                v1.hourlyWage(), v1.openings(), v1.shift(), now, null, null, null, null);
        var v2 = new NextVacancyEvents.VacancyOpenedV2(vacancy, employer,
                new NextVacancyEvents.WageBand(new BigDecimal("19.50"), new BigDecimal("23.00")), now);

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(EmployerEvents.VACANCY_OPENED, mine);
            outbox.publish(NextVacancyEvents.VACANCY_OPENED_V2, v2);
        });

        await().atMost(Duration.ofSeconds(20)).until(() -> Sql.outboxDrained(dataSource));
        var records = new KafkaProbe(KafkaTestResource.bootstrapServers()).readToEnd("rungs.vacancy",
                r -> vacancy.toString().equals(r.key()));
        assertThat(records).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE))
                .containsExactly("vacancy.opened.v1", "vacancy.opened.v2");
        assertThat(EventSamples.validate(EmployerEvents.VACANCY_OPENED, records.get(0).value())).isEmpty();
        assertThat(EventJson.mapper().readValue(records.get(1).value(), NextVacancyEvents.VacancyOpenedV2.class))
                .isEqualTo(v2);
        assertThat(records).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.SUBJECT))
                .containsOnly(vacancy.toString());
        assertThat(List.of("vacancy.opened.v1", "vacancy.opened.v2"))
                .allSatisfy(type -> assertThat(EventCatalog.get().byName(type)).isPresent());
    }

    @Test
    void anotherServicesEventCannotBePublishedHere() {
        var proposal = EventSamples.sampleData(MatchingEvents.MATCH_PROPOSED);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew()
                .run(() -> outbox.publish(MatchingEvents.MATCH_PROPOSED, proposal)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rungs.match belongs to matching-service");
    }
}
