package org.rungs.participant.skill.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SkillAttained;

/** The rules of a skill record, without infrastructure. */
class SkillRecordTest {

    static final Instant NOW = Instant.parse("2026-11-04T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aRecordAnnouncesTheLevelOnTheParticipantsKeyAndKeepsTheEvidence() {
        UUID participant = UUID.randomUUID();
        SkillRecord s = SkillRecord.record(participant, "2.A.1.a", new BigDecimal("3.5"), SkillSource.SELF_REPORTED,
                " CASAS reading, score 235 ", "nia", CLOCK);

        assertThat(s.evidence()).isEqualTo("CASAS reading, score 235");
        SkillAttained event = s.takeEvents().get(0).as(ParticipantEvents.SKILL_ATTAINED).orElseThrow();
        assertThat(event).isEqualTo(new SkillAttained(participant, s.id(), "2.A.1.a", new BigDecimal("3.5"),
                "self-reported", NOW));
        assertThat(ParticipantEvents.SKILL_ATTAINED.aggregateId(event)).isEqualTo(participant.toString());
        assertThat(event.toString()).doesNotContain("CASAS");
    }

    @Test
    void levelsAreOnTheZeroToSevenScaleAndBlankEvidenceIsNone() {
        UUID participant = UUID.randomUUID();
        assertThatThrownBy(() -> SkillRecord.record(participant, "2.A.1.a", new BigDecimal("7.5"),
                SkillSource.ASSESSED, null, "nia", CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SkillRecord.record(participant, "2.A.1.a", new BigDecimal("-1"),
                SkillSource.ASSESSED, null, "nia", CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThat(SkillRecord.record(participant, "2.A.1.a", BigDecimal.ZERO, SkillSource.CREDENTIAL, "  ", "nia",
                CLOCK).evidence()).isNull();
        assertThat(SkillRecord.record(participant, "2.A.1.a", BigDecimal.valueOf(7), SkillSource.CREDENTIAL, null,
                "nia", CLOCK).level()).isEqualByComparingTo("7");
    }
}
