package org.rungs.training.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.training.ProgramPublished;
import org.rungs.contracts.training.TrainingEvents;

/** The rules of publishing a program, without infrastructure. */
class ProgramTest {

    static final Instant NOW = Instant.parse("2026-11-06T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static Program.Offer cna(List<String> occupations, List<TaughtSkill> skills) {
        return new Program.Offer(" CNA Bridge ", "State CNA certificate", occupations, skills, DeliveryMode.HYBRID, 8,
                120, Schedule.EVENING, " ", new BigDecimal("850.00"));
    }

    @Test
    void publishingAnnouncesTheProgramWithItsSkillsAndTerms() {
        UUID provider = UUID.randomUUID();
        Program p = Program.publish(provider, cna(List.of("31-1131.00"),
                List.of(new TaughtSkill("2.B.1.f", new BigDecimal("3.5")))), CLOCK);

        assertThat(p.title()).isEqualTo("CNA Bridge");
        assertThat(p.entranceRequirements()).isNull();
        ProgramPublished event = p.takeEvents().get(0).as(TrainingEvents.PROGRAM_PUBLISHED).orElseThrow();
        assertThat(event).isEqualTo(new ProgramPublished(p.id(), provider, "CNA Bridge", List.of("31-1131.00"),
                List.of(new SkillLevel("2.B.1.f", new BigDecimal("3.5"))), "State CNA certificate", "hybrid", 8, 120,
                "evening", null, new BigDecimal("850.00"), NOW, "certificate-of-completion", List.of(), List.of()));
    }

    @Test
    void eachOccupationAndSkillIsListedOnceAndEveryRepeatIsNamed() {
        var skills = List.of(new TaughtSkill("2.B.1.f", BigDecimal.ONE), new TaughtSkill("2.B.1.f", BigDecimal.TWO));
        assertThatThrownBy(() -> Program.publish(UUID.randomUUID(),
                cna(List.of("29-2061.00", "31-1131.00", "29-2061.00"), skills), CLOCK))
                .isInstanceOfSatisfying(ProgramListsRepeat.class, e -> {
                    assertThat(e.occupations()).containsExactly(2);
                    assertThat(e.skills()).containsExactly(1);
                });
    }

    @Test
    void aProgramHasADurationACostAndLevelsOnTheScale() {
        var offer = cna(List.of("31-1131.00"), List.of(new TaughtSkill("2.B.1.f", BigDecimal.ONE)));
        var free = new Program.Offer(offer.title(), offer.credential(), offer.occupationCodes(),
                offer.skillsTaught(), offer.deliveryMode(), 1, 1, offer.schedule(), null, BigDecimal.ZERO);
        assertThat(Program.publish(UUID.randomUUID(), free, CLOCK).cost()).isZero();
        var noTime = new Program.Offer(offer.title(), offer.credential(), offer.occupationCodes(),
                offer.skillsTaught(), offer.deliveryMode(), 0, 1, offer.schedule(), null, BigDecimal.ZERO);
        assertThatThrownBy(() -> Program.publish(UUID.randomUUID(), noTime, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaughtSkill("2.B.1.f", new BigDecimal("8")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DeliveryMode.ofWire("in-person")).isEqualTo(DeliveryMode.IN_PERSON);
        assertThat(Schedule.SELF_PACED.wire()).isEqualTo("self-paced");
    }
}
