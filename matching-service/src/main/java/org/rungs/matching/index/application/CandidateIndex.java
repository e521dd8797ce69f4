package org.rungs.matching.index.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.rungs.matching.index.domain.SkillIndex;
import org.rungs.matching.index.domain.VacancyIndex;
import org.rungs.matching.participant.domain.ParticipantCopies;

/**
 * What matching holds in memory to find pairs without loading them: the skills of every consenting participant
 * ({@link SkillIndex}: a vacancy's shortlist) and the requirements of the open vacancies this instance owns
 * ({@link VacancyIndex}: the vacancies a participant's new skill qualifies them for).
 * <p>
 * Every instance holds every participant (each reads the whole participant feed) but only the vacancies of the
 * partitions the consumer group gave it. The two sides are written before they are read: a vacancy's handler adds it,
 * then asks for participants; the feed adds a participant's skill, then asks for vacancies. Of a vacancy and a skill
 * that arrive at the same moment, at least one side therefore sees the other, and the pair is never missed; both seeing
 * it proposes it once (the match id is the pair's). A withdrawn consent leaves the index at once, before the feed's
 * transaction commits.
 */
@Singleton
public class CandidateIndex {

    private static final Logger LOG = Logger.getLogger(CandidateIndex.class);

    private final SkillIndex participants = new SkillIndex();
    private final VacancyIndex vacancies = new VacancyIndex();
    private final Set<UUID> owned = ConcurrentHashMap.newKeySet();
    private final Set<UUID> requiringNothing = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Map<String, BigDecimal>> requirements = new ConcurrentHashMap<>();

    /**
     * Replaces the participants held by the copy in PostgreSQL, read at one snapshot.
     *
     * @return the feed's positions the copy reflects: partition to the offset of the first event to apply
     */
    public Map<Integer, Long> rebuild(ParticipantCopies copies, String topic) {
        long started = System.nanoTime();
        int[] skills = {0};
        Map<Integer, Long> positions = copies.read(topic, (participant, element, level) -> {
            if (element == null) {
                participants.replace(participant, Map.of());
            } else {
                participants.put(participant, element, level);
                skills[0]++;
            }
        });
        LOG.infof("Candidate index rebuilt: %d participants, %d skills, in %d ms", participants.size(), skills[0],
                (System.nanoTime() - started) / 1_000_000);
        return positions;
    }

    /** Whether the participant consents to share with employers (only they are held). */
    public boolean consents(UUID participantId) {
        return participants.contains(participantId);
    }

    /** The participant consents, with these skills: whatever the index held of them is replaced. */
    public void consenting(UUID participantId, Map<String, BigDecimal> skills) {
        participants.replace(participantId, skills);
    }

    /**
     * A consenting participant's level of an element.
     *
     * @return whether it beats their best (their evaluations may change)
     */
    public boolean attained(UUID participantId, String elementId, BigDecimal level) {
        return participants.put(participantId, elementId, level);
    }

    /** A consenting participant's best level of an element, if they hold it. */
    public BigDecimal levelOf(UUID participantId, String elementId) {
        return participants.levelOf(participantId, elementId);
    }

    /** The participant no longer consents: never found again until they do. */
    public void withdrawn(UUID participantId) {
        participants.remove(participantId);
    }

    /** A consenting participant's skills, element to best level. */
    public Map<String, BigDecimal> skillsOf(UUID participantId) {
        return participants.skillsOf(participantId);
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
        return participants.shortlist(required, minMet(required.size(), minScore), max, among);
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

    /** An open vacancy this instance now owns (its partition was assigned here, or it opened). */
    public void own(UUID vacancyId, Map<String, BigDecimal> required) {
        if (required.isEmpty()) {
            requiringNothing.add(vacancyId);
        } else {
            vacancies.put(vacancyId, required);
        }
        requirements.put(vacancyId, Map.copyOf(required));
        owned.add(vacancyId);
    }

    /** The vacancy closed, filled or went to another instance. */
    public void disown(UUID vacancyId) {
        owned.remove(vacancyId);
        requirements.remove(vacancyId);
        requiringNothing.remove(vacancyId);
        vacancies.remove(vacancyId);
    }

    public boolean owns(UUID vacancyId) {
        return owned.contains(vacancyId);
    }

    /** Whether an owned vacancy requires any of these elements (one not owned here: assumed so). */
    public boolean requiresAny(UUID vacancyId, Set<String> elements) {
        Map<String, BigDecimal> required = requirements.get(vacancyId);
        return required == null || elements.stream().anyMatch(required::containsKey);
    }

    /** The skills an owned vacancy requires, element to level; null for a vacancy not owned here. */
    public Map<String, BigDecimal> requiredOf(UUID vacancyId) {
        return requirements.get(vacancyId);
    }

    /** The open vacancies this instance owns. */
    public Set<UUID> owned() {
        return Set.copyOf(owned);
    }

    /**
     * The owned vacancies for which these skills may reach {@code minScore} (a vacancy that requires nothing included);
     * the caller evaluates each exactly.
     */
    public List<UUID> qualifying(Map<String, BigDecimal> skills, BigDecimal minScore) {
        // a share a hair below the minimum may round up to it at four decimals
        double lowest = minScore.doubleValue() - 0.00005;
        List<UUID> found = new ArrayList<>(requiringNothing);
        vacancies.qualifying(skills, lowest).forEach(hit -> found.add(hit.vacancyId()));
        return found;
    }

    /** A participant's skills, read once to weigh them against many owned vacancies ({@link #fit}, {@link #grown}). */
    public VacancyIndex.Probe probe(Map<String, BigDecimal> skills) {
        return vacancies.probe(skills);
    }

    /**
     * How the participant meets an owned vacancy's requirements, never less than exactly; null for a vacancy not owned
     * here or requiring nothing.
     */
    public VacancyIndex.Fit fit(UUID vacancyId, VacancyIndex.Probe probe) {
        return vacancies.fit(vacancyId, probe);
    }

    /**
     * The owned vacancies for which a participant whose skills grew (element to the level held before; null: none) may
     * now stand differently and reach {@code minScore}: those requiring a grown element above the level held before,
     * each handed to {@code found} with the participant's {@link #fit} for it. The caller evaluates each exactly.
     */
    public void grown(VacancyIndex.Probe probe, Map<String, BigDecimal> grownFrom, BigDecimal minScore,
            VacancyIndex.FitSink found) {
        vacancies.grown(probe, grownFrom, minScore.doubleValue() - 0.00005, found);
    }

    /** How many consenting participants the index holds. */
    public int size() {
        return participants.size();
    }
}
