package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.matching.ladder.domain.Ladder;
import org.rungs.matching.ladder.domain.LadderStatus;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.matching.ladder.domain.Rung;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.Sql;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * matching keeps its own copy of each published career ladder: the highest version it has read, whatever the order and
 * however often; a retirement for good, even one read before the publication.
 */
@QuarkusTest
class KeepLaddersTest {

    static final UUID ENTRY = UUID.fromString("11111111-2222-4333-8444-555555555501");
    static final UUID CNA = UUID.fromString("11111111-2222-4333-8444-555555555502");

    @Inject
    Ladders ladders;

    @Inject
    AgroalDataSource dataSource;

    /** What matching keeps of a ladder, read in a transaction of its own. */
    record Kept(int version, String title, LadderStatus status, Instant retiredAt, int rungs, int transitions,
            int cnaSkills, UUID stepTo) {

        static Kept of(Ladder l) {
            return new Kept(l.version(), l.title(), l.status(), l.retiredAt(), l.rungs().size(),
                    l.transitions().size(), l.requiredSkills(CNA).size(),
                    l.transitionsFrom(ENTRY).stream().findFirst().map(t -> t.toRungId()).orElse(null));
        }
    }

    Kept kept(UUID ladder) {
        return QuarkusTransaction.requiringNew().call(() -> Kept.of(ladders.byId(ladder).orElseThrow()));
    }

    @Test
    void aLadderIsKeptAtItsHighestVersionThenRetired() {
        UUID ladder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(ladder, 1));
        assertThat(kept(ladder)).isEqualTo(new Kept(1, "Direct care", LadderStatus.PUBLISHED, null, 1, 0, 0, null));

        String v2 = Feed.ladderPublished(ladder, 2);
        String v1Again = Feed.ladderPublished(ladder, 1);
        Feed.awaitApplied(v2, v1Again);
        Kept atVersion2 = new Kept(2, "Direct care to nursing", LadderStatus.PUBLISHED, null, 2, 1, 2, CNA);
        assertThat(kept(ladder)).isEqualTo(atVersion2);
        assertThat(QuarkusTransaction.requiringNew().call(() -> ladders.byId(ladder).orElseThrow().rungs().stream()
                .map(Rung::occupationCode).toList())).containsExactly("31-1122.00", "31-1131.00");
        assertThat(Sql.number(dataSource, "select count(*) from ladder_rung where ladder_id = ?", ladder)).isEqualTo(2);
        assertThat(Sql.number(dataSource, "select count(*) from ladder_rung_skill where ladder_id = ?", ladder))
                .isEqualTo(3);
        assertThat(Sql.number(dataSource, "select count(*) from ladder_transition_skill where ladder_id = ?", ladder))
                .isEqualTo(1);

        // the same event delivered again, then the retirement: once that is applied, so was the redelivery
        Feed.KAFKA.send(EmployerEvents.LADDER_PUBLISHED, ladder.toString(), v1Again,
                Feed.json(Feed.ladder(ladder, 1)));
        Feed.awaitApplied(Feed.ladderRetired(ladder, 2));
        assertThat(kept(ladder)).isEqualTo(new Kept(2, "Direct care to nursing", LadderStatus.RETIRED,
                Instant.parse("2026-11-20T09:00:00Z"), 2, 1, 2, CNA));
        assertThat(Sql.number(dataSource, "select count(*) from ladder where id = ? and status = 'RETIRED'", ladder))
                .isEqualTo(1);
        assertThat(Feed.KAFKA.readToEnd(DeliveryTest.DLQ, r -> ladder.toString().equals(r.key()))).isEmpty();
    }

    @Test
    void aRetirementReadBeforeThePublicationStillEndsRetired() {
        UUID ladder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderRetired(ladder, 2));
        assertThat(kept(ladder)).isEqualTo(new Kept(0, null, LadderStatus.RETIRED,
                Instant.parse("2026-11-20T09:00:00Z"), 0, 0, 0, null));

        Feed.awaitApplied(Feed.ladderPublished(ladder, 2), Feed.ladderPublished(ladder, 1));
        assertThat(kept(ladder)).isEqualTo(new Kept(2, "Direct care to nursing", LadderStatus.RETIRED,
                Instant.parse("2026-11-20T09:00:00Z"), 2, 1, 2, CNA));
    }

    @Test
    void aLadderThatCannotBeKeptIsDeadLetteredAndTheNextEventsStillFlow() {
        UUID ladder = UUID.randomUUID();
        ObjectNode broken = Feed.ladder(ladder, 2);
        ((ObjectNode) broken.withArray("transitions").get(0)).put("toRungId", UUID.randomUUID().toString());
        Feed.send(EmployerEvents.LADDER_PUBLISHED, ladder, broken);
        Feed.awaitApplied(Feed.ladderPublished(ladder, 1));
        assertThat(kept(ladder).version()).isEqualTo(1);
        assertThat(Feed.KAFKA.readToEnd(DeliveryTest.DLQ, r -> ladder.toString().equals(r.key())))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r,
                        "dead-letter-reason")).startsWith("invalid:").contains("names a rung"));
    }
}
