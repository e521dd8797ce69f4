package org.rungs.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The ladder, agreement, vacancy, referral and employment facts that employer-service publishes land in reporting's
 * tables, the same whatever order and however often their events are read; none of them is dead-lettered.
 */
@QuarkusTest
class CareerFactsTest {

    static final String LADDER = "select version, title, naics_code, region, taxonomy, kind, published_at, retired_at"
            + " from ladder_fact where ladder_id = ?";
    static final String RUNGS = "select rung_id, tier, occupation_code, local_title, wage_from, wage_to from rung_fact"
            + " where ladder_id = ? order by tier, rung_id";
    static final String TRANSITIONS = "select transition_id, from_rung_id, to_rung_id, kind, months_in_rung, credential"
            + " from transition_fact where ladder_id = ? order by transition_id";
    static final String ENTRY_RUNG = "11111111-2222-4333-8444-555555555501";
    static final String CNA_RUNG = "11111111-2222-4333-8444-555555555502";
    static final String SAMPLE_LADDER = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";

    @Test
    void aLadderKeepsItsHighestVersionWhateverTheOrderAndHoweverOftenItsEventsAreRead() {
        UUID inOrder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(inOrder, 1));
        assertThat(Tables.row(LADDER, inOrder)).containsExactly("1", "Direct care", "623110", "Tri-County",
                "onet-soc", "cross-sector", "2026-11-02T12:00:00Z", "null");
        assertThat(Tables.rows(RUNGS, inOrder)).containsExactly(
                List.of(ENTRY_RUNG, "1", "31-1122.00", "Personal Care Aide", "15.5", "18.25"));
        assertThat(Tables.rows(TRANSITIONS, inOrder)).isEmpty();

        String v2 = Feed.ladderPublished(inOrder, 2);
        Feed.ladderPublished(inOrder, 1); // an older version read late
        Feed.send(EmployerEvents.LADDER_PUBLISHED, inOrder, v2, Feed.ladder(inOrder, 2)); // redelivered
        Feed.awaitApplied(v2, Feed.ladderRetired(inOrder, 2));
        assertThat(Tables.row(LADDER, inOrder)).containsExactly("2", "Direct care to nursing", "623110",
                "Tri-County", "onet-soc", "cross-sector", "2026-11-03T12:00:00Z", "2026-11-20T09:00:00Z");
        assertThat(Tables.rows(RUNGS, inOrder)).containsExactly(
                List.of(ENTRY_RUNG, "1", "31-1122.00", "Personal Care Aide", "15.5", "18.25"),
                List.of(CNA_RUNG, "2", "31-1131.00", "Certified Nursing Assistant", "17.5", "21.75"));
        assertThat(Tables.rows(TRANSITIONS, inOrder)).containsExactly(List.of(
                "44444444-5555-4666-8777-888888888801", ENTRY_RUNG, CNA_RUNG, "vertical", "6",
                "State CNA certification"));

        // retired before it is published, the newer version read before the older one, published twice
        UUID outOfOrder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderRetired(outOfOrder, 2));
        assertThat(Tables.row(LADDER, outOfOrder)).containsExactly("null", "null", "null", "null", "null", "null",
                "null", "2026-11-20T09:00:00Z");
        Feed.awaitApplied(Feed.ladderPublished(outOfOrder, 2), Feed.ladderPublished(outOfOrder, 1),
                Feed.ladderPublished(outOfOrder, 2), Feed.ladderRetired(outOfOrder, 2));
        assertThat(Tables.row(LADDER, outOfOrder)).isEqualTo(Tables.row(LADDER, inOrder));
        assertThat(Tables.rows(RUNGS, outOfOrder)).isEqualTo(Tables.rows(RUNGS, inOrder));
        assertThat(Tables.rows(TRANSITIONS, outOfOrder)).isEqualTo(Tables.rows(TRANSITIONS, inOrder));
        noneDeadLettered(inOrder, outOfOrder);
    }

    static final String AGREEMENT = "select employer_id, interview_qualified_referrals, internal_first_days,"
            + " check_in_days, signed_on, starts_on, ends_on, signed_at, ended_on, end_reason, ended_at"
            + " from agreement_fact where agreement_id = ?";
    static final String AGREEMENT_RUNGS = "select ladder_id, rung_id, wage_floor from agreement_rung_fact"
            + " where agreement_id = ? order by rung_id";

    @Test
    void anAgreementGivesTheSameRowsWhetherItsEndIsReadBeforeOrAfterItsSigning() {
        UUID employer = UUID.randomUUID();
        UUID inOrder = UUID.randomUUID();
        Feed.awaitApplied(Feed.send(EmployerEvents.AGREEMENT_SIGNED, inOrder, Feed.agreementSigned(inOrder, employer)),
                Feed.send(EmployerEvents.AGREEMENT_ENDED, inOrder, Feed.agreementEnded(inOrder, employer)));
        assertThat(Tables.row(AGREEMENT, inOrder)).containsExactly(employer.toString(), "true", "10",
                "[30, 90, 180]", "2026-10-01", "2026-10-15", "2027-10-14", "2026-10-01T15:00:00Z", "2027-03-31",
                "Employer closed the Riverside site", "2027-03-31T17:00:00Z");
        assertThat(Tables.rows(AGREEMENT_RUNGS, inOrder)).containsExactly(List.of(SAMPLE_LADDER, CNA_RUNG, "18"));

        UUID endedFirst = UUID.randomUUID();
        Feed.awaitApplied(Feed.send(EmployerEvents.AGREEMENT_ENDED, endedFirst,
                Feed.agreementEnded(endedFirst, employer)));
        String signed = Feed.send(EmployerEvents.AGREEMENT_SIGNED, endedFirst, Feed.agreementSigned(endedFirst,
                employer));
        Feed.send(EmployerEvents.AGREEMENT_SIGNED, endedFirst, signed, Feed.agreementSigned(endedFirst, employer));
        Feed.awaitApplied(signed, Feed.send(EmployerEvents.AGREEMENT_SIGNED, endedFirst,
                Feed.agreementSigned(endedFirst, employer)));
        assertThat(Tables.row(AGREEMENT, endedFirst)).isEqualTo(Tables.row(AGREEMENT, inOrder));
        assertThat(Tables.rows(AGREEMENT_RUNGS, endedFirst)).isEqualTo(Tables.rows(AGREEMENT_RUNGS, inOrder));

        UUID openEnded = UUID.randomUUID();
        ObjectNode noEnd = Feed.agreementSigned(openEnded, employer);
        noEnd.putNull("endsOn");
        Feed.awaitApplied(Feed.send(EmployerEvents.AGREEMENT_SIGNED, openEnded, noEnd));
        assertThat(Tables.row(AGREEMENT, openEnded)).containsExactly(employer.toString(), "true", "10",
                "[30, 90, 180]", "2026-10-01", "2026-10-15", "null", "2026-10-01T15:00:00Z", "null", "null", "null");
        noneDeadLettered(inOrder, endedFirst, openEnded);
    }

    static final String VACANCY = "select status, occupation_code, opened_at, closed_at, filled_at, ladder_id, rung_id,"
            + " tier from vacancy_fact where vacancy_id = ?";

    @Test
    void aFilledVacancyIsNoLongerOpenAndKeepsItsRungWhateverTheOrder() {
        UUID employer = UUID.randomUUID();
        Feed.employerJoined(employer, "Riverside Care Homes " + employer);
        UUID filled = UUID.randomUUID();
        UUID filledFirst = UUID.randomUUID();
        UUID offLadder = UUID.randomUUID();
        UUID stillOpen = UUID.randomUUID();
        ObjectNode noRung = Feed.sample(EmployerEvents.VACANCY_OPENED);
        noRung.put("vacancyId", offLadder.toString());
        noRung.put("employerId", employer.toString());
        noRung.putNull("ladderId");
        noRung.putNull("rungId");
        noRung.putNull("tier");
        noRung.putNull("internalFirstUntil");
        Feed.awaitApplied(Feed.vacancyOpened(filled, employer), Feed.vacancyFilled(filled, employer),
                Feed.vacancyFilled(filledFirst, employer), Feed.vacancyOpened(filledFirst, employer),
                Feed.send(EmployerEvents.VACANCY_OPENED, offLadder, noRung), Feed.vacancyClosed(offLadder, employer),
                Feed.vacancyOpened(stillOpen, employer));

        assertThat(Tables.row(VACANCY, filled)).containsExactly("filled", "31-1131.00", "2026-11-05T12:00:00Z",
                "null", "2026-11-25T10:00:00Z", SAMPLE_LADDER, CNA_RUNG, "2");
        assertThat(Tables.row(VACANCY, filledFirst)).isEqualTo(Tables.row(VACANCY, filled));
        assertThat(Tables.row(VACANCY, offLadder)).containsExactly("closed", "31-1131.00", "2026-11-05T12:00:00Z",
                "2026-11-20T16:00:00Z", "null", "null", "null", "null");
        Indicators.awaitRaw("employerId=" + employer,
                json -> assertThat(json.getInt("byEmployer[0].vacanciesOpen")).isEqualTo(1));
        noneDeadLettered(filled, filledFirst, offLadder, stillOpen);
    }

    static final String REFERRAL = "select vacancy_id, employer_id, participant_id, partner_agency, stage,"
            + " previous_stage, changed_at from referral_fact where referral_id = ?";
    static final String STAGES = "select stage, changed_at, partner_agency from referral_stage_fact"
            + " where referral_id = ? order by changed_at";

    @Test
    void aReferralKeepsItsLatestStageAndEveryStageItReached() {
        UUID participant = UUID.randomUUID();
        String agency = Feed.agency();
        Instant referred = Instant.parse("2026-11-06T09:00:00Z");
        Instant accepted = referred.plusSeconds(3_600);
        Instant interviewed = accepted.plusSeconds(86_400);

        UUID inOrder = UUID.randomUUID();
        Feed.awaitApplied(
                send(inOrder, Feed.referral(inOrder, participant, agency, "referred", null, referred)),
                send(inOrder, Feed.referral(inOrder, participant, agency, "accepted", "referred", accepted)),
                send(inOrder, Feed.referral(inOrder, participant, agency, "interviewed", "accepted", interviewed)));
        assertThat(Tables.row(REFERRAL, inOrder)).containsExactly("c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f",
                "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", participant.toString(), agency, "interviewed", "accepted",
                interviewed.toString());
        assertThat(Tables.rows(STAGES, inOrder)).containsExactly(List.of("referred", referred.toString(), agency),
                List.of("accepted", accepted.toString(), agency),
                List.of("interviewed", interviewed.toString(), agency));

        UUID outOfOrder = UUID.randomUUID();
        ObjectNode latest = Feed.referral(outOfOrder, participant, agency, "interviewed", "accepted", interviewed);
        String latestId = send(outOfOrder, latest);
        send(outOfOrder, Feed.referral(outOfOrder, participant, agency, "referred", null, referred));
        Feed.send(EmployerEvents.REFERRAL_CHANGED, outOfOrder, latestId, latest); // redelivered
        Feed.awaitApplied(latestId,
                send(outOfOrder, Feed.referral(outOfOrder, participant, agency, "accepted", "referred", accepted)));
        assertThat(Tables.row(REFERRAL, outOfOrder)).isEqualTo(Tables.row(REFERRAL, inOrder));
        assertThat(Tables.rows(STAGES, outOfOrder)).isEqualTo(Tables.rows(STAGES, inOrder));

        // stages recorded late on one day share its noon: the later in a referral's life wins, in any order
        UUID sameDay = UUID.randomUUID();
        Instant noon = Instant.parse("2026-10-01T12:00:00Z");
        Feed.awaitApplied(
                send(sameDay, Feed.referral(sameDay, participant, agency, "declined", "interviewed", noon)),
                send(sameDay, Feed.referral(sameDay, participant, agency, "interviewed", "accepted", noon)));
        assertThat(Tables.row(REFERRAL, sameDay).get(4)).isEqualTo("declined");
        noneDeadLettered(inOrder, outOfOrder, sameDay);
    }

    private static String send(UUID referral, ObjectNode data) {
        return Feed.send(EmployerEvents.REFERRAL_CHANGED, referral, data);
    }

    static final String HIRE = "select participant_id, employer_id, vacancy_id, referral_id, ladder_id, rung_id, tier,"
            + " occupation_code, start_date, hourly_wage, weekly_hours, incumbent, recorded_at from hire_fact"
            + " where employment_id = ?";
    static final String PROMOTION = "select employment_id, participant_id, employer_id, ladder_id, from_rung_id,"
            + " from_tier, from_occupation_code, to_rung_id, to_tier, to_occupation_code, wage_before, wage_after,"
            + " promoted_on, recorded_at from promotion_fact where promotion_id = ?";
    static final String CHECKS = "select days_after_hire, participant_id, due_on, checked_on, still_employed,"
            + " hourly_wage, rung_id, occupation_code, recorded_at from retention_check_fact where employment_id = ?"
            + " order by days_after_hire";
    static final String SEPARATION = "select participant_id, employer_id, separated_on, reason, recorded_at"
            + " from separation_fact where employment_id = ?";

    @Test
    void employmentFactsKeepTheLatestRecordOfEachWhateverTheOrder() {
        UUID participant = UUID.randomUUID();
        UUID employment = UUID.randomUUID();
        UUID promotion = UUID.randomUUID();
        String employer = "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d";
        // the separation and the check-ins are read before the hire they follow
        ObjectNode separation = Feed.separation(employment, participant);
        String separated = Feed.send(EmployerEvents.SEPARATION_RECORDED, employment, separation);
        Feed.send(EmployerEvents.SEPARATION_RECORDED, employment, separated, separation); // redelivered
        ObjectNode left = Feed.retentionCheck(employment, participant, 180);
        left.put("dueOn", "2027-05-15").put("checkedOn", "2027-05-16").put("stillEmployed", false)
                .put("recordedAt", "2027-05-16T10:00:00Z");
        left.putNull("hourlyWage");
        left.putNull("rungId");
        left.putNull("occupationCode");
        ObjectNode first = Feed.retentionCheck(employment, participant, 30);
        first.put("dueOn", "2026-12-16").put("checkedOn", "2026-12-16").put("recordedAt", "2026-12-16T10:00:00Z");
        // a hire corrected later (another wage) is read before the record it corrects
        ObjectNode corrected = Feed.hire(employment, participant);
        corrected.put("hourlyWage", 20.25).put("recordedAt", "2026-11-12T09:00:00Z");
        Feed.awaitApplied(Feed.send(EmployerEvents.RETENTION_CHECKED, employment, left),
                Feed.send(EmployerEvents.PROMOTION_RECORDED, employment,
                        Feed.promotion(promotion, employment, participant)),
                Feed.send(EmployerEvents.HIRE_RECORDED, employment, corrected),
                Feed.send(EmployerEvents.HIRE_RECORDED, employment, Feed.hire(employment, participant)),
                Feed.send(EmployerEvents.RETENTION_CHECKED, employment,
                        Feed.retentionCheck(employment, participant, 90)),
                Feed.send(EmployerEvents.RETENTION_CHECKED, employment, first));

        assertThat(Tables.row(HIRE, employment)).containsExactly(participant.toString(), employer,
                "c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f", "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d", SAMPLE_LADDER, CNA_RUNG,
                "2", "31-1131.00", "2026-11-16", "20.25", "36", "false", "2026-11-12T09:00:00Z");
        assertThat(Tables.row(PROMOTION, promotion)).containsExactly(employment.toString(), participant.toString(),
                employer, SAMPLE_LADDER, ENTRY_RUNG, "1", "31-1122.00", CNA_RUNG, "2", "31-1131.00", "16.75", "19.5",
                "2027-05-01", "2027-05-01T16:00:00Z");
        assertThat(Tables.rows(CHECKS, employment)).containsExactly(
                List.of("30", participant.toString(), "2026-12-16", "2026-12-16", "true", "19.5", CNA_RUNG,
                        "31-1131.00", "2026-12-16T10:00:00Z"),
                List.of("90", participant.toString(), "2027-02-14", "2027-02-16", "true", "19.5", CNA_RUNG,
                        "31-1131.00", "2027-02-16T11:00:00Z"),
                List.of("180", participant.toString(), "2027-05-15", "2027-05-16", "false", "null", "null", "null",
                        "2027-05-16T10:00:00Z"));
        assertThat(Tables.row(SEPARATION, employment)).containsExactly(participant.toString(), employer,
                "2027-08-30", "voluntary", "2027-09-01T08:00:00Z");

        // an incumbent worker's existing job: no vacancy, referral, ladder or rung
        UUID incumbent = UUID.randomUUID();
        ObjectNode existing = Feed.hire(incumbent, participant);
        existing.put("incumbent", true);
        for (String field : List.of("vacancyId", "referralId", "ladderId", "rungId", "tier")) {
            existing.putNull(field);
        }
        Feed.awaitApplied(Feed.send(EmployerEvents.HIRE_RECORDED, incumbent, existing));
        assertThat(Tables.row(HIRE, incumbent)).containsExactly(participant.toString(), employer, "null", "null",
                "null", "null", "null", "31-1131.00", "2026-11-16", "19.5", "36", "true", "2026-11-10T09:00:00Z");
        noneDeadLettered(employment, incumbent);
    }

    /** Nothing keyed by these aggregates reached reporting's dead-letter topic. */
    static void noneDeadLettered(UUID... keys) {
        Set<String> ids = Set.of(keys).stream().map(UUID::toString).collect(java.util.stream.Collectors.toSet());
        assertThat(Feed.KAFKA.readToEnd("reporting-service.dlq", r -> ids.contains(r.key()))).isEmpty();
    }
}
