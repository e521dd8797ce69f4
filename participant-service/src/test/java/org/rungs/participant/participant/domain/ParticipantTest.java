package org.rungs.participant.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.ParticipantEvents;

/** The rules of enrolment and consent, without infrastructure. */
class ParticipantTest {

    static final Instant ENROLLED = Instant.parse("2026-11-03T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(ENROLLED, ZoneOffset.UTC);

    static Participant.Enrolled maria(boolean consent) {
        return Participant.enrol(new Participant.Enrolment("eastside-works", " Maria ", "Lopez",
                "maria.lopez@example.org", " ", "31-1122.00", new BigDecimal("16.25"), consent,
                List.of(Barrier.CRIMINAL_RECORD, Barrier.CHILDCARE), "nia",
                new Participant.Intake(LocalDate.of(1994, 5, 17), LocalDate.of(2026, 10, 20),
                        EmploymentStatusAtEntry.EMPLOYED, HighestEducation.SECONDARY_EQUIVALENCY, false, true,
                        WorkShift.DAY)),
                CLOCK);
    }

    @Test
    void enrolmentAnnouncesTheParticipantWithoutContactDetailsAndOpensTheConsentHistory() {
        Participant.Enrolled enrolled = maria(true);
        Participant p = enrolled.participant();

        assertThat(p.givenName()).isEqualTo("Maria");
        assertThat(p.phone()).isNull();
        assertThat(p.barriers()).containsExactly(Barrier.CHILDCARE, Barrier.CRIMINAL_RECORD);
        ParticipantEnrolled event = p.takeEvents().get(0).as(ParticipantEvents.PARTICIPANT_ENROLLED).orElseThrow();
        assertThat(event).isEqualTo(new ParticipantEnrolled(p.id(), "eastside-works", "31-1122.00",
                new BigDecimal("16.25"), true, List.of("childcare", "criminal-record"), ENROLLED,
                LocalDate.of(2026, 10, 20), p.id(), "day"));
        assertThat(event.toString()).doesNotContain("Maria", "Lopez", "maria.lopez@example.org");
        assertThat(enrolled.firstConsent().shareWithEmployers()).isTrue();
        assertThat(enrolled.firstConsent().changedBy()).isEqualTo("nia");
        assertThat(enrolled.firstConsent().changedAt()).isEqualTo(ENROLLED);
    }

    @Test
    void sharingCarriesTheCurrentSkillsAndTheConsentsInForceAndStoppingCarriesNoSkills() {
        Participant p = maria(false).participant();
        p.takeEvents();
        List<SkillLevel> skills = List.of(new SkillLevel("2.A.1.a", new BigDecimal("3.5")));
        List<ConsentChanged.Consent> inForce = List.of(new ConsentChanged.Consent(java.util.UUID.randomUUID(),
                "matching", List.of(), List.of("skills"), LocalDate.of(2026, 11, 3), null));
        Instant later = ENROLLED.plusSeconds(60);

        var granted = p.consentsChanged(true, skills, inForce, "nia", Clock.fixed(later, ZoneOffset.UTC));
        assertThat(granted).hasValueSatisfying(c -> assertThat(c.shareWithEmployers()).isTrue());
        assertThat(p.consentToShare()).isTrue();
        assertThat(p.consentChangedAt()).isEqualTo(later);
        assertThat(p.takeEvents()).singleElement().satisfies(e -> assertThat(e.as(ParticipantEvents.CONSENT_CHANGED))
                .contains(new ConsentChanged(p.id(), true, skills, later, inForce)));

        p.consentsChanged(false, skills, List.of(), "ada", CLOCK);
        assertThat(p.takeEvents()).singleElement().satisfies(e -> assertThat(
                e.as(ParticipantEvents.CONSENT_CHANGED).orElseThrow().skills()).isEmpty());
    }

    @Test
    void aChangeThatKeepsTheDecisionAnnouncesTheConsentsButAddsNoHistory() {
        Participant p = maria(true).participant();
        p.takeEvents();
        assertThat(p.consentsChanged(true, List.of(), List.of(), "nia", CLOCK)).isEmpty();
        assertThat(p.pendingEvents()).hasSize(1);
        assertThat(p.consentChangedAt()).isEqualTo(ENROLLED);
    }

    @Test
    void aParticipantIsServedByTheirOwnAgencyAndHasAName() {
        Participant p = maria(true).participant();
        assertThat(p.servedBy("eastside-works")).isTrue();
        assertThat(p.servedBy("harbor-jobs")).isFalse();
        assertThatThrownBy(() -> Participant.enrol(new Participant.Enrolment("eastside-works", " ", "Lopez", null,
                null, null, null, false, null, "nia", null), CLOCK)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void barriersChangeAsAWholeAndTheSameListAnnouncesNothing() {
        Participant p = maria(true).participant();
        p.takeEvents();

        assertThat(p.changeBarriers(List.of(Barrier.HOUSING, Barrier.CHILDCARE), CLOCK)).isTrue();
        assertThat(p.barriers()).containsExactly(Barrier.CHILDCARE, Barrier.HOUSING);
        assertThat(p.takeEvents()).singleElement().satisfies(e -> assertThat(
                e.as(ParticipantEvents.BARRIERS_CHANGED).orElseThrow().barriers()).containsExactly("childcare",
                        "housing"));
        assertThat(p.changeBarriers(List.of(Barrier.CHILDCARE, Barrier.HOUSING), CLOCK)).isFalse();
        assertThat(p.pendingEvents()).isEmpty();
    }

    @Test
    void theIntakeGivesAPirlIdentifierThatIsNeverAnSsnAndTheAgeAtEntry() {
        Participant p = maria(true).participant();

        assertThat(p.pirlId()).hasSize(12).matches("[A-HJKMNP-TV-Z][0-9A-HJKMNP-TV-Z]{11}");
        assertThat(maria(true).participant().pirlId()).isNotEqualTo(p.pirlId());
        assertThat(p.ageAtEntry()).isEqualTo(32);
        assertThat(p.programEntryDate()).isEqualTo(LocalDate.of(2026, 10, 20));
    }

    @Test
    void withoutAnEntryDateTheProgramIsEnteredTodayAndTheAgeIsUnknownWithoutABirthDate() {
        Participant p = Participant.enrol(new Participant.Enrolment("eastside-works", "Sam", "Okafor", null, null,
                null, null, false, null, "nia", Participant.Intake.NONE), CLOCK).participant();

        assertThat(p.programEntryDate()).isEqualTo(LocalDate.of(2026, 11, 3));
        assertThat(p.ageAtEntry()).isNull();
    }

    @Test
    void anEntryInTheFutureOrAParticipantUnderFourteenAtEntryIsRefused() {
        assertThatThrownBy(() -> enrolWith(new Participant.Intake(null, LocalDate.of(2026, 11, 4), null, null, null,
                null, null))).isInstanceOfSatisfying(IntakeRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("programEntryDate"));
        assertThatThrownBy(() -> enrolWith(new Participant.Intake(LocalDate.of(2012, 11, 4), null, null, null, null,
                null, null))).isInstanceOfSatisfying(IntakeRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("dateOfBirth"));
        assertThat(enrolWith(new Participant.Intake(LocalDate.of(2012, 11, 3), null, null, null, null, null, null))
                .ageAtEntry()).isEqualTo(14);
    }

    private static Participant enrolWith(Participant.Intake intake) {
        return Participant.enrol(new Participant.Enrolment("eastside-works", "Sam", "Okafor", null, null, null, null,
                false, null, "nia", intake), CLOCK).participant();
    }
}
