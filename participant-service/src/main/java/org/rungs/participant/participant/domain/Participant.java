package org.rungs.participant.participant.domain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.participant.BarriersChanged;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.domain.Text;

/**
 * A worker or job seeker a partner agency serves. Contact details live only here; the events announcing them
 * ({@code participant.enrolled.v1}, {@code consent.changed.v1}) carry the id, agency, occupation, wage, barriers and
 * consent, never a name, email or phone. {@code consentToShare} is whether a matching consent is in force (the consent
 * records decide it).
 */
@Entity
public class Participant extends AggregateRoot {

    @Id
    private UUID id;

    /** PIRL 100. */
    @Column(name = "pirl_id", nullable = false, updatable = false)
    private String pirlId;

    @Column(name = "partner_agency", nullable = false)
    private String partnerAgency;

    /** The salted key of names and date of birth that finds the same person at another agency ({@link PersonKey}). */
    @Column(name = "person_key", updatable = false)
    private String personKey;

    /** One id per person however many agencies enrol them: the first enrolment's id. */
    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Column(name = "given_name", nullable = false)
    private String givenName;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    private String email;

    private String phone;

    /** PIRL 200. */
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;

    /** PIRL 900 of the first period: the day the participant entered the program. */
    @Column(name = "program_entry_date", nullable = false)
    private LocalDate programEntryDate;

    /** PIRL 400. */
    @Enumerated(EnumType.STRING)
    @Column(name = "employment_status_at_entry")
    private EmploymentStatusAtEntry employmentStatusAtEntry;

    /** PIRL 407. */
    @Enumerated(EnumType.STRING)
    @Column(name = "highest_education")
    private HighestEducation highestEducation;

    /** PIRL 402 (a claimant of unemployment compensation at entry). */
    @Column(name = "ui_claimant")
    private Boolean uiClaimant;

    /** PIRL 802. */
    @Column(name = "low_income")
    private Boolean lowIncome;

    /** The shift of the participant's current job, if they work. */
    @Enumerated(EnumType.STRING)
    @Column(name = "work_shift")
    private WorkShift workShift;

    @Column(name = "current_occupation_code")
    private String currentOccupationCode;

    @Column(name = "current_hourly_wage")
    private BigDecimal currentHourlyWage;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "participant_barrier", joinColumns = @JoinColumn(name = "participant_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "barrier", nullable = false)
    private Set<Barrier> barriers = new HashSet<>();

    @Column(name = "consent_to_share", nullable = false)
    private boolean consentToShare;

    @Column(name = "consent_changed_at", nullable = false)
    private Instant consentChangedAt;

    @Column(name = "enrolled_by", nullable = false)
    private String enrolledBy;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Version
    private int version;

    protected Participant() {
    }

    /** What a navigator notes at enrolment; names are required, the rest may be unknown (null). */
    public record Enrolment(String partnerAgency, String givenName, String familyName, String email, String phone,
            String currentOccupationCode, BigDecimal currentHourlyWage, boolean consentToShare,
            Collection<Barrier> barriers, String enrolledBy, Intake intake) {
    }

    /**
     * The WIOA intake (PIRL) a navigator records at enrolment; any part may be unknown (null).
     *
     * @param programEntryDate
     *            today when absent; an earlier day for an enrolment recorded late
     */
    public record Intake(LocalDate dateOfBirth, LocalDate programEntryDate,
            EmploymentStatusAtEntry employmentStatusAtEntry, HighestEducation highestEducation, Boolean uiClaimant,
            Boolean lowIncome, WorkShift workShift) {

        public static final Intake NONE = new Intake(null, null, null, null, null, null, null);
    }

    /** The youngest a participant may be at program entry (WIOA youth programs serve from 14). */
    public static final int MIN_AGE_AT_ENTRY = 14;

    /**
     * A partner agency enrols a participant: {@code participant.enrolled.v1}, without contact details. The consent
     * given at enrolment opens the consent history, returned with the participant.
     */
    public static Enrolled enrol(Enrolment e, Clock clock) {
        return enrol(e, null, null, clock);
    }

    /**
     * Enrols a participant whose person key is known.
     *
     * @param personKey
     *            the salted key of names and date of birth, or null without a date of birth
     * @param personId
     *            the person's id when another agency enrolled them already; null for a person new to the network
     */
    public static Enrolled enrol(Enrolment e, String personKey, UUID personId, Clock clock) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.personKey = personKey;
        p.personId = personId == null ? p.id : personId;
        p.partnerAgency = required(e.partnerAgency(), "partnerAgency");
        p.givenName = required(e.givenName(), "givenName");
        p.familyName = required(e.familyName(), "familyName");
        p.email = Text.optional(e.email());
        p.phone = Text.optional(e.phone());
        p.currentOccupationCode = e.currentOccupationCode();
        p.currentHourlyWage = e.currentHourlyWage();
        p.barriers = e.barriers() == null ? new HashSet<>() : new HashSet<>(e.barriers());
        p.consentToShare = e.consentToShare();
        p.enrolledBy = required(e.enrolledBy(), "enrolledBy");
        p.enrolledAt = clock.instant();
        p.pirlId = PirlIdentifier.next();
        Intake intake = e.intake() == null ? Intake.NONE : e.intake();
        LocalDate today = RecordedDay.today(clock);
        p.programEntryDate = intake.programEntryDate() == null ? today : intake.programEntryDate();
        if (p.programEntryDate.isAfter(today)) {
            throw new IntakeRefused("programEntryDate", "is in the future");
        }
        p.dateOfBirth = intake.dateOfBirth();
        if (p.dateOfBirth != null && p.ageAtEntry() < MIN_AGE_AT_ENTRY) {
            throw new IntakeRefused("dateOfBirth", "makes the participant younger than " + MIN_AGE_AT_ENTRY
                    + " at program entry (" + p.programEntryDate + ")");
        }
        p.employmentStatusAtEntry = intake.employmentStatusAtEntry();
        p.highestEducation = intake.highestEducation();
        p.uiClaimant = intake.uiClaimant();
        p.lowIncome = intake.lowIncome();
        p.workShift = intake.workShift();
        p.consentChangedAt = p.enrolledAt;
        p.record(ParticipantEvents.PARTICIPANT_ENROLLED, new ParticipantEnrolled(p.id, p.partnerAgency,
                p.currentOccupationCode, p.currentHourlyWage, p.consentToShare,
                p.barriers().stream().map(Barrier::wire).toList(), p.enrolledAt, p.programEntryDate, p.personId,
                p.workShift == null ? null : p.workShift.wire()));
        return new Enrolled(p, new ConsentChange(p.id, p.consentToShare, p.enrolledBy, p.enrolledAt));
    }

    /** A participant just enrolled, and the first entry of their consent history. */
    public record Enrolled(Participant participant, ConsentChange firstConsent) {
    }

    /**
     * The participant's consents changed: {@code consent.changed.v1} carries the consents now in force and whether a
     * matching consent is among them (with the participant's current skills while it is). The history of that decision
     * gains an entry when it flips.
     *
     * @param share
     *            whether a matching consent is in force
     * @param currentSkills
     *            the participant's best level per element, carried while they share
     * @param inForce
     *            every consent in force now
     * @return the new history entry; empty when the decision to share with employers did not change
     */
    public Optional<ConsentChange> consentsChanged(boolean share, List<SkillLevel> currentSkills,
            List<ConsentChanged.Consent> inForce, String changedBy, Clock clock) {
        Instant now = clock.instant();
        record(ParticipantEvents.CONSENT_CHANGED, new ConsentChanged(id, share,
                share ? List.copyOf(currentSkills) : List.of(), now, List.copyOf(inForce)));
        if (consentToShare == share) {
            return Optional.empty();
        }
        consentToShare = share;
        consentChangedAt = now;
        return Optional.of(new ConsentChange(id, share, required(changedBy, "changedBy"), now));
    }

    /**
     * The navigator updates the participant's barriers (one found later, one resolved):
     * {@code participant.barriers-changed.v1} with the whole list. The same list again changes and announces nothing.
     *
     * @return whether the barriers changed
     */
    public boolean changeBarriers(Collection<Barrier> now, Clock clock) {
        Set<Barrier> next = now == null ? new HashSet<>() : new HashSet<>(now);
        if (next.equals(barriers)) {
            return false;
        }
        barriers.clear();
        barriers.addAll(next);
        record(ParticipantEvents.BARRIERS_CHANGED, new BarriersChanged(id,
                barriers().stream().map(Barrier::wire).toList(), clock.instant()));
        return true;
    }

    /** Whether a caller of this organisation serves the participant: their own agency's navigators do. */
    public boolean servedBy(String organisation) {
        return partnerAgency.equals(organisation);
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value.strip();
    }

    public UUID id() {
        return id;
    }

    public String partnerAgency() {
        return partnerAgency;
    }

    public String pirlId() {
        return pirlId;
    }

    public String personKey() {
        return personKey;
    }

    public UUID personId() {
        return personId;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** Age in whole years on the day of program entry; null when the date of birth is unknown. */
    public Integer ageAtEntry() {
        return dateOfBirth == null ? null : Period.between(dateOfBirth, programEntryDate).getYears();
    }

    public LocalDate programEntryDate() {
        return programEntryDate;
    }

    public EmploymentStatusAtEntry employmentStatusAtEntry() {
        return employmentStatusAtEntry;
    }

    public HighestEducation highestEducation() {
        return highestEducation;
    }

    public Boolean uiClaimant() {
        return uiClaimant;
    }

    public Boolean lowIncome() {
        return lowIncome;
    }

    public WorkShift workShift() {
        return workShift;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String currentOccupationCode() {
        return currentOccupationCode;
    }

    public BigDecimal currentHourlyWage() {
        return currentHourlyWage;
    }

    /** The barriers, in a stable order. */
    public List<Barrier> barriers() {
        return barriers.stream().sorted().toList();
    }

    public boolean consentToShare() {
        return consentToShare;
    }

    public Instant consentChangedAt() {
        return consentChangedAt;
    }

    public String enrolledBy() {
        return enrolledBy;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }
}
