package org.rungs.participant.skill.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.rungs.participant.skill.domain.SkillRecord;
import org.rungs.participant.skill.domain.SkillSource;
import org.rungs.spine.reference.Onet;

public record SkillRecordResponse(UUID id, UUID participantId, String elementId, String name, BigDecimal level,
        SkillSource source, String evidence, String recordedBy, Instant attainedAt) {

    static SkillRecordResponse of(SkillRecord s) {
        return new SkillRecordResponse(s.id(), s.participantId(), s.elementId(),
                Onet.get().element(s.elementId()).map(Onet.Element::name).orElse(null), s.level(), s.source(),
                s.evidence(), s.recordedBy(), s.attainedAt());
    }
}
