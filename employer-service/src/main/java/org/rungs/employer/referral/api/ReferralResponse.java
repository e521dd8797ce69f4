package org.rungs.employer.referral.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rungs.employer.candidate.domain.Candidate;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.Stage;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.reference.Onet;

/**
 * A referral with its stage history and the candidate as the caller may see them. Employer staff see the candidate
 * de-identified — skills, fit to the vacancy's rung and the referring agency, without the participant's id — until the
 * participant accepts; from then on the participant's id, with which they may read the participant's name and contact
 * from participant-service ({@code GET /participants/{id}/contact}).
 */
public record ReferralResponse(UUID id, UUID vacancyId, UUID employerId, UUID participantId, String partnerAgency,
        Stage stage, List<Step> history, Instant referredAt, CandidateView candidate) {

    public record Step(Stage stage, String changedBy, Instant changedAt, String reason) {
    }

    public record Skill(String elementId, String name, BigDecimal level) {
    }

    public record Gap(String elementId, String name, BigDecimal required, BigDecimal held) {
    }

    /** How the candidate's skills meet the vacancy's: required skills met at their level, and the gaps. */
    public record RungFit(int requiredSkills, int met, List<Gap> gaps) {
    }

    public record CandidateView(boolean sharesWithEmployers, List<Skill> skills, RungFit rungFit) {
    }

    /**
     * @param identified
     *            whether the caller serves the participant (navigators of their agency, network admins); employer staff
     *            see the participant's id only once accepted, and the reasons noted at each stage only from then on (a
     *            navigator's note on a referral the participant has not accepted is not the employer's to read)
     */
    static ReferralResponse of(Referral r, Candidate candidate, Vacancy vacancy, boolean identified) {
        boolean disclosed = identified || r.everAccepted();
        return new ReferralResponse(r.id(), r.vacancyId(), r.employerId(), disclosed ? r.participantId() : null,
                r.partnerAgency(), r.stage(),
                r.history().stream().map(h -> new Step(h.stage(), h.changedBy(), h.changedAt(),
                        disclosed ? h.reason() : null)).toList(),
                r.referredAt(), candidate == null ? null : view(candidate, vacancy));
    }

    private static CandidateView view(Candidate c, Vacancy vacancy) {
        Map<String, BigDecimal> held = c.skills();
        List<Skill> skills = held.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Skill(e.getKey(), name(e.getKey()), e.getValue())).toList();
        RungFit fit = null;
        if (vacancy != null) {
            List<Gap> gaps = vacancy.requiredSkills().stream()
                    .filter(s -> held.getOrDefault(s.elementId(), BigDecimal.ZERO).compareTo(s.minimumLevel()) < 0)
                    .sorted(Comparator.comparing(RequiredSkill::elementId))
                    .map(s -> new Gap(s.elementId(), name(s.elementId()), s.minimumLevel(),
                            held.getOrDefault(s.elementId(), BigDecimal.ZERO)))
                    .toList();
            fit = new RungFit(vacancy.requiredSkills().size(), vacancy.requiredSkills().size() - gaps.size(), gaps);
        }
        return new CandidateView(c.sharesWithEmployers(), skills, fit);
    }

    private static String name(String elementId) {
        return Onet.get().element(elementId).map(Onet.Element::name).orElse(null);
    }
}
