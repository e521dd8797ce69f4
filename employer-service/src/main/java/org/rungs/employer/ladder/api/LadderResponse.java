package org.rungs.employer.ladder.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.LadderKind;
import org.rungs.employer.ladder.domain.LadderStatus;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.ladder.domain.Rung;
import org.rungs.employer.ladder.domain.Transition;
import org.rungs.employer.ladder.domain.TransitionKind;
import org.rungs.employer.suggestion.domain.OccupationalData;
import org.rungs.employer.suggestion.domain.Taxonomy;
import org.rungs.spine.reference.Onet;

/** A career ladder with its rungs and transitions. */
public record LadderResponse(UUID id, String title, String naicsCode, String region, Taxonomy taxonomy,
        LadderKind kind, LadderStatus status, int publishedVersion, boolean unpublishedChanges,
        List<RungResponse> rungs, List<TransitionResponse> transitions, Instant createdAt, Instant publishedAt,
        Instant retiredAt) {

    public record Skill(String elementId, String name, BigDecimal minimumLevel) {

        static List<Skill> of(List<RequiredSkill> skills) {
            return skills.stream().map(s -> new Skill(s.elementId(),
                    Onet.get().element(s.elementId()).map(Onet.Element::name).orElse(null), s.minimumLevel())).toList();
        }
    }

    public record Wages(BigDecimal from, BigDecimal to) {
    }

    public record Participation(UUID employerId, String jobTitle) {
    }

    public record RungResponse(UUID id, int tier, String occupationCode, String occupationTitle, String localTitle,
            Wages wageBand, List<Skill> requiredSkills, List<String> requiredCredentials,
            List<Participation> employers) {

        static RungResponse of(Rung r) {
            return new RungResponse(r.id(), r.tier(), r.occupationCode(),
                    OccupationalData.get().title(r.occupationCode()).orElse(null), r.localTitle(),
                    new Wages(r.wageBand().from(), r.wageBand().to()), Skill.of(r.requiredSkills()),
                    r.requiredCredentials(),
                    r.employers().stream().map(e -> new Participation(e.employerId(), e.jobTitle())).toList());
        }
    }

    public record Criteria(List<Skill> skills, Integer monthsInRung, String credential) {
    }

    public record TransitionResponse(UUID id, UUID fromRungId, UUID toRungId, TransitionKind kind, Criteria criteria,
            List<UUID> bridgingPrograms) {

        static TransitionResponse of(Transition t) {
            var c = t.criteria();
            return new TransitionResponse(t.id(), t.fromRungId(), t.toRungId(), t.kind(),
                    new Criteria(Skill.of(c.skills()), c.monthsInRung(), c.credential()), t.bridgingPrograms());
        }
    }

    static LadderResponse of(Ladder l) {
        return new LadderResponse(l.id(), l.title(), l.naicsCode(), l.region(), l.taxonomy(), l.kind(), l.status(),
                l.publishedVersion(), l.unpublishedChanges(), l.rungs().stream().map(RungResponse::of).toList(),
                l.transitions().stream().map(TransitionResponse::of).toList(), l.createdAt(), l.publishedAt(),
                l.retiredAt());
    }
}
