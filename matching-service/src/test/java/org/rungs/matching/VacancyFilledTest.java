package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.matching.match.domain.Match;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** A vacancy that hires filled takes no more candidates, as a closed one: its proposals are withdrawn. */
@QuarkusTest
class VacancyFilledTest {

    static final String READING = "2.A.1.a";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aFilledVacancyLeavesMatchingWithItsProposalsAndIsProposedForNoMore() {
        UUID participant = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, "eastside-works", true), Feed.skill(participant, READING, "3"));
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, employer, Map.of(READING, "3", "2.B.1.f", "3")));
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), participant)))
                .containsExactly(participant.toString());

        Feed.awaitApplied(Feed.filled(vacancy, employer));
        DeliveryTest.notFound(vacancy);
        assertThat(Sql.number(dataSource, "select count(*) from vacancy where id = ?", vacancy)).isZero();
        assertThat(Sql.number(dataSource, "select count(*) from vacancy_match where vacancy_id = ?", vacancy)).isZero();

        // the participant now meets every skill: a vacancy still open would propose them again, a filled one does not
        Feed.awaitApplied(Feed.skill(participant, "2.B.1.f", "4"));
        DeliveryTest.notFound(vacancy);
        Feed.awaitPublished();
        assertThat(Feed.KAFKA.readToEnd("rungs.match", r -> Match.idOf(vacancy, participant).toString()
                .equals(r.key()))).extracting(r -> KafkaProbe.header(r, CloudEventHeaders.TYPE) + " "
                        + Feed.read(r.value()).path("reason").asText())
                .as("proposed, then withdrawn because the vacancy was filled")
                .containsExactly("match.proposed.v1 ", "match.withdrawn.v1 vacancy-filled");
        assertThat(Feed.KAFKA.readToEnd(DeliveryTest.DLQ, r -> vacancy.toString().equals(r.key()))).isEmpty();
    }
}
