package org.rungs.matching.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The participant copy on real PostgreSQL: a run of skills attained is written in one statement, and it keeps what
 * applying the events one by one would — each participant's events after the offset already applied, the best level per
 * element, nothing for a participant who does not share.
 */
@QuarkusTest
class ParticipantCopyTest {

    static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

    @Inject
    ParticipantCopies copies;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRunOfSkillsAttainedKeepsTheBestLevelOfEachElementOfParticipantsWhoShare() {
        UUID sharing = UUID.randomUUID();
        UUID notSharing = UUID.randomUUID();
        write(w -> {
            w.enrolled(sharing, "eastside-works", true, enrolment(), 1, AT);
            w.enrolled(notSharing, "eastside-works", false, enrolment(), 2, AT);
        });

        write(w -> {
            w.attained(sharing, "2.A.1.a", new BigDecimal("3.5"), 5);
            w.attained(notSharing, "2.A.1.a", new BigDecimal("4"), 6);
            w.attained(sharing, "2.A.1.a", new BigDecimal("2.25"), 7);
            w.attained(sharing, "2.B.1.f", new BigDecimal("4"), 8);
        });
        assertThat(skills(sharing)).isEqualTo(Map.of("2.A.1.a", "3.50", "2.B.1.f", "4.00"));
        assertThat(skills(notSharing)).isEmpty();

        // delivered again (another instance, or the same after a restart) with newer ones: the same as once
        write(w -> {
            w.attained(sharing, "2.A.1.a", new BigDecimal("3.5"), 5);
            w.attained(sharing, "2.B.1.f", new BigDecimal("4"), 8);
            w.attained(sharing, "2.A.1.c", new BigDecimal("1.75"), 9);
            w.attained(sharing, "2.A.1.a", new BigDecimal("5"), 10);
        });
        assertThat(skills(sharing)).isEqualTo(Map.of("2.A.1.a", "5.00", "2.B.1.f", "4.00", "2.A.1.c", "1.75"));
        assertThat(Sql.number(dataSource, "select applied_offset from participant where id = ?", sharing))
                .as("a skill moves no offset").isEqualTo(1);
    }

    @Test
    void aSkillAttainedBeforeConsentWasWithdrawnNeverComesBack() {
        UUID participant = UUID.randomUUID();
        write(w -> {
            w.enrolled(participant, "eastside-works", true, enrolment(), 1, AT);
            w.attained(participant, "2.A.1.a", new BigDecimal("3.5"), 2);
            w.withdrawn(participant, 3, AT.plusSeconds(3));
        });
        assertThat(skills(participant)).isEmpty();

        // the skill delivered again, after the withdrawal was applied, and one attained while not sharing
        write(w -> {
            w.attained(participant, "2.A.1.a", new BigDecimal("3.5"), 2);
            w.attained(participant, "2.B.1.f", new BigDecimal("4"), 4);
        });
        assertThat(skills(participant)).isEmpty();

        // sharing again brings their whole profile; what they attain next is kept, the old delivery still is not
        write(w -> {
            w.consented(participant, List.of(new SkillLevel("2.A.1.a", new BigDecimal("3.5"))), 5,
                    AT.plusSeconds(5));
            w.attained(participant, "2.B.1.f", new BigDecimal("4"), 4);
            w.attained(participant, "2.A.1.c", new BigDecimal("2"), 6);
        });
        assertThat(skills(participant)).isEqualTo(Map.of("2.A.1.a", "3.50", "2.A.1.c", "2.00"));
    }

    @Test
    void skillsOfParticipantsNothingElseHappenedToAreCommittedOnTheSide() {
        UUID known = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        write(w -> w.enrolled(known, "eastside-works", true, enrolment(), 1, AT));

        // a batch that fails after its writer settled: what it wrote on the side stays (written again, it changes
        // nothing); the rest, with the skill of a participant enrolled in the same batch, goes
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            ParticipantCopies.Writer w = copies.writer();
            w.attained(known, "2.A.1.a", new BigDecimal("3.5"), 2);
            w.enrolled(newcomer, "eastside-works", true, enrolment(), 3, AT);
            w.attained(newcomer, "2.B.1.f", new BigDecimal("4"), 4);
            w.flushAside();
            w.settle();
            throw new IllegalStateException("the batch fails");
        })).hasMessage("the batch fails");
        assertThat(skills(known)).isEqualTo(Map.of("2.A.1.a", "3.50"));
        assertThat(skills(newcomer)).isEmpty();

        // the newcomer's skill saw their enrolment, not committed yet when it was written
        write(w -> {
            w.enrolled(newcomer, "eastside-works", true, enrolment(), 3, AT);
            w.attained(newcomer, "2.B.1.f", new BigDecimal("4"), 4);
            w.flushAside();
            w.settle();
        });
        assertThat(skills(newcomer)).isEqualTo(Map.of("2.B.1.f", "4.00"));
    }

    private static ParticipantCopies.Enrolment enrolment() {
        return new ParticipantCopies.Enrolment(null, null, List.of());
    }

    private void write(java.util.function.Consumer<ParticipantCopies.Writer> writes) {
        QuarkusTransaction.requiringNew().run(() -> {
            ParticipantCopies.Writer w = copies.writer();
            writes.accept(w);
            w.flush();
        });
    }

    private Map<String, String> skills(UUID participant) {
        Map<String, String> skills = new TreeMap<>();
        try (java.sql.Connection c = dataSource.getConnection();
                java.sql.PreparedStatement s = c.prepareStatement(
                        "select element_id, to_char(level, 'FM0.00') from participant_skill where participant_id = ?")) {
            s.setObject(1, participant);
            try (java.sql.ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    skills.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return skills;
    }
}
