package org.rungs.employer.vacancy.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.employer.vacancy.domain.CloseReason;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyStatus;
import org.rungs.spine.reference.Onet;

public record VacancyResponse(UUID id, UUID employerId, String title, String occupationCode, String occupationTitle,
        List<Skill> requiredSkills, BigDecimal hourlyWage, int openings, int hired, Shift shift, UUID ladderId,
        UUID rungId, Integer tier, LocalDate internalFirstUntil, VacancyStatus status, CloseReason closeReason,
        Instant createdAt, Instant openedAt, Instant filledAt, Instant closedAt) {

    public record Skill(String elementId, String name, BigDecimal minimumLevel) {
    }

    static VacancyResponse of(Vacancy v) {
        Onet onet = Onet.get();
        return new VacancyResponse(v.id(), v.employerId(), v.title(), v.occupationCode(),
                onet.occupation(v.occupationCode()).map(Onet.Occupation::title).orElse(null),
                v.requiredSkills().stream()
                        .map(s -> new Skill(s.elementId(),
                                onet.element(s.elementId()).map(Onet.Element::name).orElse(null), s.minimumLevel()))
                        .toList(),
                v.hourlyWage(), v.openings(), v.hired(), v.shift(), v.ladderId(), v.rungId(), v.tier(),
                v.internalFirstUntil(), v.status(), v.closeReason(), v.createdAt(), v.openedAt(), v.filledAt(),
                v.closedAt());
    }
}
