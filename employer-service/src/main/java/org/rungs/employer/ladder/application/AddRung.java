package org.rungs.employer.ladder.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.ladder.domain.Rung;
import org.rungs.employer.ladder.domain.RungDraft;
import org.rungs.employer.ladder.domain.RungEmployer;
import org.rungs.employer.ladder.domain.RungRefused;
import org.rungs.employer.ladder.domain.UnknownLadder;
import org.rungs.employer.ladder.domain.WageBand;

/**
 * A network admin adds a rung to a ladder. What the admin leaves out comes from the occupation's real data: the local
 * title from its O*NET (or NOC) title, the wage band from BLS OEWS's 25th to 75th percentile hourly wages, the required
 * skills from the O*NET levels of its important skills (importance ≥ 3).
 */
@ApplicationScoped
public class AddRung {

    /** A rung to add; null title, wage band or skills take the occupation's defaults. */
    public record Command(UUID ladderId, int tier, String occupationCode, String localTitle, WageBand wageBand,
            List<RequiredSkill> requiredSkills, List<String> requiredCredentials, List<RungEmployer> employers) {
    }

    private final Ladders ladders;
    private final Employers employers;
    private final OccupationDefaults defaults;

    public AddRung(Ladders ladders, Employers employers, OccupationDefaults defaults) {
        this.ladders = ladders;
        this.employers = employers;
        this.defaults = defaults;
    }

    @Transactional
    public Rung add(Command c) {
        Ladder ladder = ladders.byIdForChange(c.ladderId()).orElseThrow(() -> new UnknownLadder(c.ladderId()));
        Map<String, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < c.employers().size(); i++) {
            if (!employers.exists(c.employers().get(i).employerId())) {
                refused.put("employers[" + i + "].employerId", "is not an employer of the network");
            }
        }
        Optional<String> occupation = defaults.title(c.occupationCode());
        if (occupation.isEmpty()) {
            throw new RungRefused(Map.of("occupationCode", "is not an occupation of O*NET 30.0 or NOC 2021"));
        }
        String title = Optional.ofNullable(c.localTitle()).orElse(occupation.get());
        WageBand wages = Optional.ofNullable(c.wageBand()).or(() -> defaults.wageBand(c.occupationCode()))
                .orElse(null);
        List<RequiredSkill> skills = Optional.ofNullable(c.requiredSkills())
                .orElseGet(() -> defaults.requiredSkills(c.occupationCode()));
        if (wages == null) {
            refused.put("wageBand", "is required: BLS OEWS publishes no hourly wage percentiles for this occupation");
        }
        if (!refused.isEmpty()) {
            throw new RungRefused(refused);
        }
        return ladder.addRung(new RungDraft(c.tier(), c.occupationCode(), title, wages, skills,
                c.requiredCredentials(), c.employers()));
    }
}
