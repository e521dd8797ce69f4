package org.rungs.matching.index.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.matching.index.domain.SkillIndex;
import org.rungs.matching.participant.domain.Participants;

import io.quarkus.runtime.StartupEvent;

/**
 * The skills of every consenting participant, in memory ({@link SkillIndex}), so a vacancy's shortlist is found without
 * loading participants. PostgreSQL keeps the same skills (matching's read model): the index is rebuilt from it when the
 * service starts, before its consumer reads any event, and the event handlers keep both in step. A withdrawn consent
 * leaves the index at once, before the handler's transaction commits.
 */
@ApplicationScoped
public class CandidateIndex {

    private static final Logger LOG = Logger.getLogger(CandidateIndex.class);

    private final Participants participants;
    private final SkillIndex index = new SkillIndex();

    public CandidateIndex(Participants participants) {
        this.participants = participants;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        long started = System.nanoTime();
        int skills = rebuild();
        LOG.infof("Candidate index rebuilt: %d participants, %d skills, in %d ms", index.size(), skills,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Reads every consenting participant's skills from the read model; returns how many skills. */
    @Transactional
    public int rebuild() {
        int[] skills = {0};
        participants.forEachConsentingSkill((participant, element, level) -> {
            index.put(participant, element, level);
            skills[0]++;
        });
        return skills[0];
    }

    /** The participant's skills now (they consent): whatever the index held is replaced. */
    public void consenting(UUID participantId, Map<String, BigDecimal> skills) {
        index.replace(participantId, skills);
    }

    /** A consenting participant's better level of an element. */
    public void attained(UUID participantId, String elementId, BigDecimal level) {
        index.put(participantId, elementId, level);
    }

    /** The participant no longer consents: never found again until they do. */
    public void withdrawn(UUID participantId) {
        index.remove(participantId);
    }

    /**
     * The participants whose share of the required skills met reaches {@code minScore} (rounded as scores are, to four
     * decimals), at most {@code max}, best first. A participant who meets none of the requirements is never found,
     * whatever the minimum.
     *
     * @param among
     *            only these participants (an employer's incumbents during the internal-first window); null for all
     */
    public List<SkillIndex.Hit> shortlist(Map<String, BigDecimal> required, BigDecimal minScore, int max,
            Set<UUID> among) {
        return index.shortlist(required, minMet(required.size(), minScore), max, among);
    }

    /** The fewest skills met whose share, to four decimals, reaches the minimum score. */
    static int minMet(int required, BigDecimal minScore) {
        if (required == 0) {
            return 0;
        }
        for (int met = 0; met <= required; met++) {
            BigDecimal share = BigDecimal.valueOf(met).divide(BigDecimal.valueOf(required), 4, RoundingMode.HALF_UP);
            if (share.compareTo(minScore) >= 0) {
                return met;
            }
        }
        return required + 1;
    }

    public int size() {
        return index.size();
    }
}
