package org.rungs.training.enrolment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.training.TrainingEvents;

class EnrolmentTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    static Enrolment enrolled(LocalDate on) {
        return Enrolment.enrol(new Enrolment.Place(UUID.randomUUID(), "eastside-works", UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID()), on, null, "nia", CLOCK);
    }

    @Test
    void anEnrolmentCompletesWithGainsAlongTheWayAndEachChangeIsAnnounced() {
        Enrolment e = enrolled(TODAY.minusDays(30));
        e.recordGain(GainType.TRAINING_MILESTONE, TODAY.minusDays(10), "Clinical check-off", "pat", CLOCK);
        e.complete(null, CLOCK);

        assertThat(e.status()).isEqualTo(EnrolmentStatus.COMPLETED);
        assertThat(e.completedOn()).isEqualTo(TODAY);
        assertThat(e.gains()).singleElement().satisfies(g -> assertThat(g.type())
                .isEqualTo(GainType.TRAINING_MILESTONE));
        assertThat(e.takeEvents()).extracting(p -> p.type().name()).containsExactly("enrolment.changed.v1",
                "skill-gain.recorded.v1", "enrolment.changed.v1");
        e.recordGain(GainType.SKILLS_EXAM, TODAY, null, "pat", CLOCK);
        assertThat(e.takeEvents()).singleElement()
                .satisfies(p -> assertThat(p.as(TrainingEvents.SKILL_GAIN_RECORDED)).isPresent());
    }

    @Test
    void aWithdrawnEnrolmentCannotCompleteOrGain() {
        Enrolment e = enrolled(null);
        e.withdraw(" Took a second job ", null, CLOCK);

        assertThat(e.withdrawalReason()).isEqualTo("Took a second job");
        assertThatThrownBy(() -> e.complete(TODAY, CLOCK)).isInstanceOf(EnrolmentNotActive.class);
        assertThatThrownBy(() -> e.withdraw("again", TODAY, CLOCK)).isInstanceOf(EnrolmentNotActive.class);
        assertThatThrownBy(() -> e.recordGain(GainType.TRANSCRIPT, TODAY, null, "pat", CLOCK))
                .isInstanceOf(EnrolmentNotActive.class);
    }

    @Test
    void movesAreDatedOnOrAfterTheEnrolmentAndNeverInTheFuture() {
        Enrolment e = enrolled(TODAY.minusDays(5));

        assertThatThrownBy(() -> e.recordGain(GainType.SKILLS_EXAM, TODAY.minusDays(6), null, "pat", CLOCK))
                .isInstanceOf(DatedBeforeEnrolment.class);
        assertThatThrownBy(() -> e.complete(TODAY.minusDays(6), CLOCK)).isInstanceOf(DatedBeforeEnrolment.class);
        assertThatThrownBy(() -> e.complete(TODAY.plusDays(1), CLOCK)).isInstanceOfSatisfying(EnrolmentRefused.class,
                r -> assertThat(r.fields()).containsKey("on"));
        assertThatThrownBy(() -> enrolled(TODAY.plusDays(1))).isInstanceOf(EnrolmentRefused.class);
        assertThat(e.status()).isEqualTo(EnrolmentStatus.ENROLLED);
    }
}
