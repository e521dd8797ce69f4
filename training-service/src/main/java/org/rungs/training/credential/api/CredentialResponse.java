package org.rungs.training.credential.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.spine.reference.Onet;
import org.rungs.training.credential.domain.Credential;
import org.rungs.training.program.domain.CredentialType;

/** A credential awarded, with the skills it shows and the level reached. */
public record CredentialResponse(UUID id, UUID participantId, UUID programId, UUID providerId, UUID enrolmentId,
        String title, CredentialType type, LocalDate awardedOn, List<Skill> skills, Instant awardedAt) {

    public record Skill(String elementId, String name, BigDecimal level) {
    }

    static CredentialResponse of(Credential c) {
        return new CredentialResponse(c.id(), c.participantId(), c.programId(), c.providerId(), c.enrolmentId(),
                c.title(), c.type(), c.awardedOn(),
                c.skills().stream().map(s -> new Skill(s.elementId(),
                        Onet.get().element(s.elementId()).map(Onet.Element::name).orElse(null), s.level())).toList(),
                c.awardedAt());
    }
}
