package org.rungs.contracts.employer;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events employer-service publishes: employers joining the network, the career ladders and hiring agreements the
 * intermediary runs with them, the vacancies they open, the referrals to them, and the employment facts climbing a
 * ladder produces (hires, promotions, retention check-ins, separations). Each record's JSON Schema and golden sample
 * are {@code contracts/employer-service/<type>.schema.json} and {@code .sample.json}.
 */
public final class EmployerEvents implements EventDeclarations {

    public static final String PRODUCER = "employer-service";
    public static final Topic EMPLOYERS = new Topic("rungs.employer", PRODUCER);
    public static final Topic LADDERS = new Topic("rungs.ladder", PRODUCER);
    public static final Topic AGREEMENTS = new Topic("rungs.agreement", PRODUCER);
    public static final Topic VACANCIES = new Topic("rungs.vacancy", PRODUCER);
    public static final Topic REFERRALS = new Topic("rungs.referral", PRODUCER);
    public static final Topic EMPLOYMENTS = new Topic("rungs.employment", PRODUCER);

    public static final EventType<EmployerJoined> EMPLOYER_JOINED = EMPLOYERS.event("employer.joined.v1",
            EmployerJoined.class, EmployerJoined::employerId, EmployerJoined::joinedAt);
    public static final EventType<VacancyOpened> VACANCY_OPENED = VACANCIES.event("vacancy.opened.v1",
            VacancyOpened.class, VacancyOpened::vacancyId, VacancyOpened::openedAt);
    public static final EventType<VacancyClosed> VACANCY_CLOSED = VACANCIES.event("vacancy.closed.v1",
            VacancyClosed.class, VacancyClosed::vacancyId, VacancyClosed::closedAt);
    public static final EventType<VacancyFilled> VACANCY_FILLED = VACANCIES.event("vacancy.filled.v1",
            VacancyFilled.class, VacancyFilled::vacancyId, VacancyFilled::filledAt);
    public static final EventType<LadderPublished> LADDER_PUBLISHED = LADDERS.event("ladder.published.v1",
            LadderPublished.class, LadderPublished::ladderId, LadderPublished::publishedAt);
    public static final EventType<LadderRetired> LADDER_RETIRED = LADDERS.event("ladder.retired.v1",
            LadderRetired.class, LadderRetired::ladderId, LadderRetired::retiredAt);
    public static final EventType<AgreementSigned> AGREEMENT_SIGNED = AGREEMENTS.event("agreement.signed.v1",
            AgreementSigned.class, AgreementSigned::agreementId, AgreementSigned::recordedAt);
    public static final EventType<AgreementEnded> AGREEMENT_ENDED = AGREEMENTS.event("agreement.ended.v1",
            AgreementEnded.class, AgreementEnded::agreementId, AgreementEnded::recordedAt);
    public static final EventType<ReferralChanged> REFERRAL_CHANGED = REFERRALS.event("referral.changed.v1",
            ReferralChanged.class, ReferralChanged::referralId, ReferralChanged::changedAt);
    public static final EventType<HireRecorded> HIRE_RECORDED = EMPLOYMENTS.event("hire.recorded.v1",
            HireRecorded.class, HireRecorded::employmentId, HireRecorded::recordedAt);
    public static final EventType<PromotionRecorded> PROMOTION_RECORDED = EMPLOYMENTS.event("promotion.recorded.v1",
            PromotionRecorded.class, PromotionRecorded::employmentId, PromotionRecorded::recordedAt);
    public static final EventType<RetentionChecked> RETENTION_CHECKED = EMPLOYMENTS.event("retention.checked.v1",
            RetentionChecked.class, RetentionChecked::employmentId, RetentionChecked::recordedAt);
    public static final EventType<SeparationRecorded> SEPARATION_RECORDED = EMPLOYMENTS.event(
            "separation.recorded.v1", SeparationRecorded.class, SeparationRecorded::employmentId,
            SeparationRecorded::recordedAt);
}
