package org.rungs.employer.agreement.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.agreement.domain.Agreement;
import org.rungs.employer.agreement.domain.AgreementRefused;
import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.agreement.domain.RungCommitment;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.ladder.domain.LadderStatus;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.spine.outbox.Outbox;

/**
 * A network admin records a hiring agreement the intermediary and an employer signed ({@code agreement.signed.v1}). It
 * covers only rungs of published ladders that the employer hires into.
 */
@ApplicationScoped
public class SignAgreement {

    private final Agreements agreements;
    private final Employers employers;
    private final Ladders ladders;
    private final Outbox outbox;
    private final Clock clock;

    public SignAgreement(Agreements agreements, Employers employers, Ladders ladders, Outbox outbox, Clock clock) {
        this.agreements = agreements;
        this.employers = employers;
        this.ladders = ladders;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Agreement sign(Agreement.Terms terms) {
        if (!employers.exists(terms.employerId())) {
            throw new UnknownEmployer(terms.employerId());
        }
        Map<String, String> refused = new LinkedHashMap<>();
        for (int i = 0; i < terms.rungs().size(); i++) {
            RungCommitment r = terms.rungs().get(i);
            var ladder = ladders.byId(r.ladderId()).filter(l -> l.status() == LadderStatus.PUBLISHED);
            if (ladder.isEmpty()) {
                refused.put("rungs[" + i + "].ladderId", "is not a published ladder");
            } else if (ladder.get().publishedRung(r.rungId()).flatMap(rung -> rung.jobTitleAt(terms.employerId()))
                    .isEmpty()) {
                refused.put("rungs[" + i + "].rungId", "is not a rung of this ladder that the employer hires into");
            }
        }
        if (!refused.isEmpty()) {
            throw new AgreementRefused(refused);
        }
        Agreement agreement = Agreement.sign(terms, clock);
        agreements.add(agreement);
        outbox.publish(agreement);
        return agreement;
    }
}
