package org.rungs.training.program.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rungs.spine.reference.Onet;
import org.rungs.training.program.domain.CredentialType;
import org.rungs.training.program.domain.DeliveryMode;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Schedule;

/** A program on the asset map, with the O*NET titles of its occupations and the names of the skills it teaches. */
public record ProgramResponse(UUID id, UUID providerId, String providerName, String title, String credential,
        List<Occupation> occupations, List<Skill> skillsTaught, DeliveryMode deliveryMode, int durationWeeks,
        int durationHours, Schedule schedule, String entranceRequirements, BigDecimal cost, Instant publishedAt,
        CredentialType credentialType, List<Skill> entrySkills, List<UUID> prerequisitePrograms) {

    public record Occupation(String code, String title) {
    }

    public record Skill(String elementId, String name, BigDecimal level) {
    }

    static ProgramResponse of(Program p, String providerName) {
        Onet onet = Onet.get();
        return new ProgramResponse(p.id(), p.providerId(), providerName, p.title(), p.credential(),
                p.occupationCodes().stream()
                        .map(c -> new Occupation(c, onet.occupation(c).map(Onet.Occupation::title).orElse(null)))
                        .toList(),
                p.skillsTaught().stream()
                        .map(s -> new Skill(s.elementId(),
                                onet.element(s.elementId()).map(Onet.Element::name).orElse(null), s.level()))
                        .toList(),
                p.deliveryMode(), p.durationWeeks(), p.durationHours(), p.schedule(), p.entranceRequirements(),
                p.cost(), p.publishedAt(), p.credentialType(),
                p.entrySkills().stream()
                        .map(s -> new Skill(s.elementId(),
                                onet.element(s.elementId()).map(Onet.Element::name).orElse(null), s.level()))
                        .toList(),
                p.prerequisitePrograms());
    }
}
