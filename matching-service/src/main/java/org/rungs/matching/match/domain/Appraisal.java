package org.rungs.matching.match.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.vacancy.domain.Opening;

/**
 * How a participant ranks for a vacancy, factor by factor, each with its value (0–1), its weight and a reason a person
 * can read; the rank is the weighted mean of the values, to four decimals. Coverage (the share of required skills met,
 * {@link Evaluation}) also decides who may be proposed at all: at least the minimum score. The factors and their
 * default weights are explained in docs/adr/0020-explainable-ranking.md.
 */
public record Appraisal(Evaluation evaluation, BigDecimal rank, List<Factor> factors) {

    /** One factor of a rank. */
    public record Factor(String name, BigDecimal value, BigDecimal weight, String reason) {

        public Factor {
            value = Evaluation.plain(value);
            weight = Evaluation.plain(weight);
        }
    }

    /** The weight of each factor (any non-negative numbers; the rank divides by their sum). */
    public record Weights(BigDecimal coverage, BigDecimal levelGaps, BigDecimal credentials, BigDecimal rungFit,
            BigDecimal wageGain, BigDecimal internal, BigDecimal schedule) {

        public Weights {
            for (BigDecimal w : List.of(coverage, levelGaps, credentials, rungFit, wageGain, internal, schedule)) {
                if (w.signum() < 0) {
                    throw new IllegalArgumentException("a factor's weight is not negative");
                }
            }
            if (coverage.add(levelGaps).add(credentials).add(rungFit).add(wageGain).add(internal).add(schedule)
                    .signum() == 0) {
                throw new IllegalArgumentException("at least one factor weighs something");
            }
        }
    }

    /** A wage gain of this share over the current wage or more counts in full. */
    static final BigDecimal FULL_GAIN = new BigDecimal("0.25");
    /** What one schedule clash takes off the schedule factor. */
    static final BigDecimal CLASH = new BigDecimal("0.25");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int SCALE = 4;

    /** Appraises a participant's skills and profile for a vacancy's requirements and terms. */
    public static Appraisal of(Map<String, BigDecimal> required, Map<String, BigDecimal> skills, Opening opening,
            Profile profile, Weights weights) {
        Evaluation evaluation = Evaluation.of(required, skills);
        List<Factor> factors = List.of(
                new Factor("coverage", evaluation.score(), weights.coverage(), evaluation.met().size() + " of "
                        + required.size() + " required skills met at the required level"),
                levelGaps(required, skills, weights.levelGaps()),
                credentials(opening, profile, weights.credentials()),
                rungFit(opening, profile, weights.rungFit()),
                wageGain(opening, profile, weights.wageGain()),
                internal(opening, profile, weights.internal()),
                schedule(opening, profile, weights.schedule()));
        return new Appraisal(evaluation, weightedMean(factors.stream().map(Factor::value).toList(), weights),
                factors);
    }

    /** An appraisal's coverage and rank, without its explanation. */
    public record Estimate(BigDecimal score, BigDecimal rank) {

        public boolean qualifies(BigDecimal minScore) {
            return score.compareTo(minScore) >= 0;
        }
    }

    /**
     * The coverage and rank {@link #of} gives for the same arguments, computed without the explanation (no reason is
     * written, no skill listed): cheap enough to weigh a participant against every vacancy whose shortlist they might
     * enter, before the few that may change are appraised in full.
     */
    public static Estimate estimate(Map<String, BigDecimal> required, Map<String, BigDecimal> skills,
            Opening opening, Profile profile, Weights weights) {
        BigDecimal coverage = Evaluation.scoreOf(required, skills);
        return new Estimate(coverage, weightedMean(List.of(coverage, levelGapsValue(required, skills),
                credentialsValue(opening, profile), rungFitOf(opening, profile).value,
                wageGainValue(gainOf(opening, profile)), internalValue(opening, profile),
                scheduleValue(clashes(opening, profile, null))), weights));
    }

    /**
     * The rank {@link #estimate} gives, worked out in doubles from a coverage and a level-gaps value found elsewhere in
     * doubles (each within a ten-thousandth of the exact one, or above it): within a thousandth of the exact rank or
     * above it, cheap enough to pass over the many pairs that rank far below a full shortlist's last.
     */
    public record Rough(double coverage, double levelGaps, double credentials, double rungFit, double wageGain,
            double internal, double schedule) {

        public Rough(Weights weights) {
            this(share(weights.coverage(), weights), share(weights.levelGaps(), weights),
                    share(weights.credentials(), weights), share(weights.rungFit(), weights),
                    share(weights.wageGain(), weights), share(weights.internal(), weights),
                    share(weights.schedule(), weights));
        }

        private static double share(BigDecimal weight, Weights all) {
            BigDecimal total = all.coverage().add(all.levelGaps()).add(all.credentials()).add(all.rungFit())
                    .add(all.wageGain()).add(all.internal()).add(all.schedule());
            return weight.doubleValue() / total.doubleValue();
        }

        public double rank(double coverageValue, double levelGapsValue, Opening opening, Profile profile) {
            double rank = coverage * coverageValue + levelGaps * levelGapsValue;
            if (credentials > 0) {
                rank += credentials * credentialsValue(opening, profile).doubleValue();
            }
            if (rungFit > 0) {
                rank += rungFit * rungFitOf(opening, profile).value.doubleValue();
            }
            if (wageGain > 0) {
                rank += wageGain * roughWageGain(opening, profile);
            }
            if (internal > 0) {
                rank += internal * internalValue(opening, profile).doubleValue();
            }
            if (schedule > 0) {
                rank += schedule * Math.max(0, 1 - CLASH.doubleValue() * clashes(opening, profile, null));
            }
            return rank;
        }

        /** {@link #wageGainValue} in doubles. */
        private static double roughWageGain(Opening opening, Profile profile) {
            if (opening.hourlyWage() == null || profile.currentWage() == null || profile.currentWage().signum() <= 0) {
                return HALF.doubleValue();
            }
            double current = profile.currentWage().doubleValue();
            double gain = (opening.hourlyWage().doubleValue() - current) / current;
            return gain <= 0 ? 0 : Math.min(1, gain / FULL_GAIN.doubleValue());
        }
    }

    /** The weighted mean of the factors' values, in the order of {@link Weights}' components, to four decimals. */
    private static BigDecimal weightedMean(List<BigDecimal> values, Weights weights) {
        List<BigDecimal> w = List.of(weights.coverage(), weights.levelGaps(), weights.credentials(),
                weights.rungFit(), weights.wageGain(), weights.internal(), weights.schedule());
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < w.size(); i++) {
            weighted = weighted.add(values.get(i).multiply(w.get(i)));
            total = total.add(w.get(i));
        }
        return Evaluation.plain(weighted.divide(total, SCALE, RoundingMode.HALF_UP));
    }

    /** Without any factor but coverage (all other weights 0): the rank is the coverage. */
    public static Appraisal ofSkills(Map<String, BigDecimal> required, Map<String, BigDecimal> skills) {
        return of(required, skills, new Opening(null, null, null, null, null, null, Set.of(), Set.of()),
                Profile.unknown(), new Weights(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    /** Coverage: the share of required skills met. */
    public BigDecimal score() {
        return evaluation.score();
    }

    public boolean qualifies(BigDecimal minScore) {
        return evaluation.qualifies(minScore);
    }

    /** Whether a stored coverage and rank are this appraisal's, whatever their scale. */
    public boolean sameAs(BigDecimal coverage, BigDecimal storedRank) {
        return evaluation.sameScore(coverage) && storedRank != null && rank.compareTo(storedRank) == 0;
    }

    /**
     * A fingerprint of everything the appraisal explains (coverage, each skill's gap, rank, each factor's value, weight
     * and reason), the same on every instance and in every release: a stored match keeps it, so whether a new appraisal
     * explains the match differently is known without reading the stored explanation.
     */
    public long digest() {
        StringBuilder text = new StringBuilder().append(evaluation.score().toPlainString()).append('|')
                .append(rank.toPlainString());
        evaluation.met().forEach(g -> gap(text.append("|met:"), g));
        evaluation.missing().forEach(g -> gap(text.append("|missing:"), g));
        for (Factor f : factors) {
            text.append("|factor:").append(f.name()).append('=').append(f.value().toPlainString()).append('/')
                    .append(f.weight().toPlainString()).append('/').append(f.reason());
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.nio.ByteBuffer.wrap(hash).getLong();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static void gap(StringBuilder text, org.rungs.contracts.common.SkillGap gap) {
        text.append(gap.elementId()).append('=').append(Evaluation.plain(gap.requiredLevel()).toPlainString())
                .append('/').append(gap.participantLevel() == null
                        ? "-"
                        : Evaluation.plain(gap.participantLevel()).toPlainString());
    }

    /** Level gaps: for each required skill, how close the participant's level comes to the level required. */
    static Factor levelGaps(Map<String, BigDecimal> required, Map<String, BigDecimal> skills, BigDecimal weight) {
        if (required.isEmpty()) {
            return new Factor("level-gaps", BigDecimal.ONE, weight, "no skill required");
        }
        List<String> below = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> r : new TreeMap<>(required).entrySet()) {
            BigDecimal have = skills.getOrDefault(r.getKey(), BigDecimal.ZERO);
            if (r.getValue().signum() != 0 && have.compareTo(r.getValue()) < 0) {
                below.add(r.getKey() + " by " + Evaluation.plain(r.getValue().subtract(have)).toPlainString());
            }
        }
        return new Factor("level-gaps", levelGapsValue(required, skills), weight, below.isEmpty()
                ? "every required level reached"
                : "below the required level on " + String.join(", ", below));
    }

    /** The mean over required skills of the share of the required level reached (1 when nothing is required). */
    static BigDecimal levelGapsValue(Map<String, BigDecimal> required, Map<String, BigDecimal> skills) {
        if (required.isEmpty()) {
            return BigDecimal.ONE;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> r : required.entrySet()) {
            BigDecimal have = skills.getOrDefault(r.getKey(), BigDecimal.ZERO);
            sum = sum.add(r.getValue().signum() == 0 || have.compareTo(r.getValue()) >= 0
                    ? BigDecimal.ONE
                    : have.divide(r.getValue(), 8, RoundingMode.HALF_UP));
        }
        return Evaluation.plain(sum.divide(BigDecimal.valueOf(required.size()), SCALE, RoundingMode.HALF_UP));
    }

    /** Credentials the steps into the vacancy's rung ask for, held by the participant. */
    static Factor credentials(Opening opening, Profile profile, BigDecimal weight) {
        int required = opening.credentialsRequired().size();
        if (required == 0) {
            return new Factor("credentials", BigDecimal.ONE, weight, "no credential required");
        }
        Set<String> asked = opening.credentialsRequired().stream().map(Appraisal::normal)
                .collect(Collectors.toSet());
        return new Factor("credentials", credentialsValue(opening, profile), weight,
                credentialsMet(opening, profile) + " of " + asked.size() + " required credentials held");
    }

    static BigDecimal credentialsValue(Opening opening, Profile profile) {
        if (opening.credentialsRequired().isEmpty()) {
            return BigDecimal.ONE;
        }
        return ratio(credentialsMet(opening, profile), opening.credentialsRequired().stream().map(Appraisal::normal)
                .distinct().count());
    }

    private static long credentialsMet(Opening opening, Profile profile) {
        Set<String> held = profile.credentials().stream().map(Appraisal::normal).collect(Collectors.toSet());
        return opening.credentialsRequired().stream().map(Appraisal::normal).distinct().filter(held::contains)
                .count();
    }

    /** Rung fit: the vacancy is the next rung up from a rung the participant holds, or the same rung elsewhere. */
    static Factor rungFit(Opening opening, Profile profile, BigDecimal weight) {
        RungFit fit = rungFitOf(opening, profile);
        return new Factor("rung-fit", fit.value, weight, fit.reason);
    }

    /** How the vacancy's rung stands to the rungs the participant holds. */
    enum RungFit {

        OFF_LADDER("0", "the vacancy is on no published ladder"), NEXT("1",
                "the next rung up from the rung they hold"), SAME_ELSEWHERE("0.5",
                        "the rung they hold, with another employer"), ENTRY("0.75",
                                "an entry rung, for someone on no ladder yet"), NOT_A_STEP("0",
                                        "not a step from the rungs they hold");

        final BigDecimal value;
        final String reason;

        RungFit(String value, String reason) {
            this.value = new BigDecimal(value);
            this.reason = reason;
        }
    }

    static RungFit rungFitOf(Opening opening, Profile profile) {
        if (opening.rungId() == null) {
            return RungFit.OFF_LADDER;
        }
        if (!profile.rungs().isEmpty()) {
            for (UUID rung : profile.rungs()) {
                if (opening.rungsBelow().contains(rung)) {
                    return RungFit.NEXT;
                }
            }
        }
        if (profile.rungs().contains(opening.rungId()) || opening.occupationCode() != null
                && profile.occupations().contains(opening.occupationCode())
                && !profile.employers().contains(opening.employerId())) {
            return RungFit.SAME_ELSEWHERE;
        }
        if (profile.rungs().isEmpty() && opening.tier() != null && opening.tier() == 1) {
            return RungFit.ENTRY;
        }
        return RungFit.NOT_A_STEP;
    }

    /** Wage gain over the participant's current hourly wage; a quarter more or above counts in full. */
    static Factor wageGain(Opening opening, Profile profile, BigDecimal weight) {
        BigDecimal gain = gainOf(opening, profile);
        if (gain == null) {
            return new Factor("wage-gain", HALF, weight, "current wage unknown");
        }
        String percent = gain.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
        return new Factor("wage-gain", wageGainValue(gain), weight, "$" + opening.hourlyWage().toPlainString()
                + " an hour against $" + profile.currentWage().toPlainString() + " now (" + percent + " %)");
    }

    /** The vacancy's wage over the participant's current wage, as a share of it; null when either is unknown. */
    private static BigDecimal gainOf(Opening opening, Profile profile) {
        if (opening.hourlyWage() == null || profile.currentWage() == null || profile.currentWage().signum() <= 0) {
            return null;
        }
        return opening.hourlyWage().subtract(profile.currentWage()).divide(profile.currentWage(), 8,
                RoundingMode.HALF_UP);
    }

    private static BigDecimal wageGainValue(BigDecimal gain) {
        if (gain == null) {
            return HALF;
        }
        return Evaluation.plain(gain.signum() <= 0
                ? BigDecimal.ZERO
                : gain.compareTo(FULL_GAIN) >= 0
                        ? BigDecimal.ONE
                        : gain.divide(FULL_GAIN, SCALE, RoundingMode.HALF_UP));
    }

    /** Internal candidate: the participant works for the vacancy's employer now. */
    static Factor internal(Opening opening, Profile profile, BigDecimal weight) {
        BigDecimal value = internalValue(opening, profile);
        return new Factor("internal", value, weight,
                value.signum() > 0 ? "works for the employer now" : "not the employer's worker");
    }

    private static BigDecimal internalValue(Opening opening, Profile profile) {
        return opening.employerId() != null && profile.employers().contains(opening.employerId())
                ? BigDecimal.ONE
                : BigDecimal.ZERO;
    }

    /**
     * Schedule fit: the vacancy's shift against the shift the participant can work, their childcare and transportation
     * barriers, and the meeting times of their cohorts; each clash takes a quarter off.
     */
    static Factor schedule(Opening opening, Profile profile, BigDecimal weight) {
        String shift = opening.shift();
        if (shift == null || shift.equals("flexible")) {
            return new Factor("schedule", BigDecimal.ONE, weight, "no fixed shift");
        }
        List<String> clashes = clashes(opening, profile);
        return new Factor("schedule", scheduleValue(clashes.size()), weight, clashes.isEmpty()
                ? "the " + shift + " shift fits"
                : "the " + shift + " shift clashes with " + String.join(", ", clashes));
    }

    /** What the vacancy's shift clashes with (none when it has no fixed shift). */
    private static List<String> clashes(Opening opening, Profile profile) {
        List<String> reasons = new ArrayList<>(2);
        clashes(opening, profile, reasons);
        return reasons;
    }

    /** How many things the vacancy's shift clashes with, each named in {@code reasons} when it is given. */
    private static int clashes(Opening opening, Profile profile, List<String> reasons) {
        String shift = opening.shift();
        if (shift == null || shift.equals("flexible")) {
            return 0;
        }
        int clashes = 0;
        if (profile.workShift() != null && !profile.workShift().equals("flexible")
                && !profile.workShift().equals(shift)) {
            clashes++;
            if (reasons != null) {
                reasons.add("their " + profile.workShift() + "-shift availability");
            }
        }
        if (profile.barriers().contains("childcare") && EVENINGS_AND_NIGHTS.contains(shift)) {
            clashes++;
            if (reasons != null) {
                reasons.add("childcare");
            }
        }
        if (profile.barriers().contains("transportation") && NIGHTS.contains(shift)) {
            clashes++;
            if (reasons != null) {
                reasons.add("transportation");
            }
        }
        for (Profile.Meeting m : profile.meetings()) {
            if (meetsDuring(m, shift)) {
                clashes++;
                if (reasons != null) {
                    reasons.add(m.program() + " meeting " + m.start() + "–" + m.end());
                }
                break;
            }
        }
        return clashes;
    }

    /** Shifts that clash with a childcare barrier, and with a transportation barrier. */
    private static final Set<String> EVENINGS_AND_NIGHTS = Set.of("evening", "night", "rotating");
    private static final Set<String> NIGHTS = Set.of("night", "rotating");

    private static BigDecimal scheduleValue(int clashes) {
        return Evaluation.plain(BigDecimal.ONE.subtract(CLASH.multiply(BigDecimal.valueOf(clashes)))
                .max(BigDecimal.ZERO));
    }

    /** Whether a cohort's meetings fall within the shift's hours ({@link Profile#duringShift}). */
    static boolean meetsDuring(Profile.Meeting meeting, String shift) {
        return Profile.duringShift(meeting.start(), meeting.end(), shift);
    }

    private static BigDecimal ratio(long part, long whole) {
        return Evaluation.plain(BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE,
                RoundingMode.HALF_UP));
    }

    private static String normal(String credential) {
        return credential.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
