package org.rungs.participant.consent.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.domain.Text;

/**
 * A consent the participant signed: for a purpose, to recipients, over a scope of their data, from the day signed until
 * it expires or is revoked. Recipients are {@code employer:<id>}, {@code provider:<id>} or {@code funder:<name>}; a
 * matching consent has none (it is to the network's employers).
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    private static final Pattern RECIPIENT = Pattern.compile(
            "employer:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|provider:[a-z0-9][a-z0-9-]{0,99}"
                    + "|funder:\\S.{0,199}");
    public static final int MAX_RECIPIENTS = 20;

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentPurpose purpose;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "consent_recipient", joinColumns = @JoinColumn(name = "consent_id"))
    @Column(name = "recipient", nullable = false)
    private Set<String> recipients = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "consent_scope", joinColumns = @JoinColumn(name = "consent_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false)
    private Set<ConsentScope> scope = EnumSet.noneOf(ConsentScope.class);

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(length = 500)
    private String evidence;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** Whether the service has announced this consent's expiry (the nightly job does, once). */
    @Column(name = "expiry_announced", nullable = false)
    private boolean expiryAnnounced;

    protected ConsentRecord() {
    }

    /** What the participant signed. */
    public record Terms(ConsentPurpose purpose, Collection<String> recipients, Collection<ConsentScope> scope,
            LocalDate signedOn, LocalDate expiresOn, String evidence) {
    }

    /**
     * The terms of the share-with-employers switch (and of consent given at enrolment): matching, with skills and
     * (after an accepted referral) contact, from the day, without expiry.
     */
    public static Terms shareWithEmployers(LocalDate signedOn, String evidence) {
        return new Terms(ConsentPurpose.MATCHING, List.of(), List.of(ConsentScope.SKILLS, ConsentScope.CONTACT),
                signedOn, null, evidence);
    }

    /**
     * Records a signed consent.
     *
     * @throws ConsentRefused
     *             when the recipients or scope do not fit the purpose, or the days are out of order
     */
    public static ConsentRecord sign(UUID participantId, Terms t, String recordedBy, Clock clock) {
        LocalDate today = RecordedDay.today(clock);
        LocalDate signed = t.signedOn() == null ? today : t.signedOn();
        if (signed.isAfter(today)) {
            throw new ConsentRefused("signedOn", "is in the future");
        }
        if (t.expiresOn() != null && !t.expiresOn().isAfter(signed)) {
            throw new ConsentRefused("expiresOn", "must be after signedOn (" + signed + ")");
        }
        List<String> recipients = t.recipients() == null ? List.of() : new ArrayList<>(t.recipients());
        Set<ConsentScope> scope = t.scope() == null || t.scope().isEmpty()
                ? EnumSet.noneOf(ConsentScope.class)
                : EnumSet.copyOf(t.scope());
        if (scope.isEmpty()) {
            throw new ConsentRefused("scope", "names at least one of skills, contact, employment-outcomes");
        }
        for (int i = 0; i < recipients.size(); i++) {
            if (!RECIPIENT.matcher(recipients.get(i)).matches()) {
                throw new ConsentRefused("recipients[" + i + "]",
                        "must be employer:<employer id>, provider:<provider id> or funder:<name>");
            }
        }
        if (new HashSet<>(recipients).size() < recipients.size()) {
            throw new ConsentRefused("recipients", "lists a recipient more than once");
        }
        switch (t.purpose()) {
            case MATCHING -> {
                if (!recipients.isEmpty()) {
                    throw new ConsentRefused("recipients", "is empty for matching (it is to the network's employers)");
                }
                if (!scope.contains(ConsentScope.SKILLS)) {
                    throw new ConsentRefused("scope", "includes skills for matching");
                }
            }
            case DISCLOSURE -> {
                if (recipients.isEmpty() || recipients.stream().anyMatch(r -> r.startsWith("funder:"))) {
                    throw new ConsentRefused("recipients", "names the employers or providers to disclose to");
                }
            }
            case OUTCOMES_TO_FUNDER -> {
                if (recipients.isEmpty() || recipients.stream().anyMatch(r -> !r.startsWith("funder:"))) {
                    throw new ConsentRefused("recipients", "names the funders (funder:<name>)");
                }
                if (!scope.equals(EnumSet.of(ConsentScope.EMPLOYMENT_OUTCOMES))) {
                    throw new ConsentRefused("scope", "is employment-outcomes for sharing outcomes with a funder");
                }
            }
        }
        ConsentRecord c = new ConsentRecord();
        c.id = UUID.randomUUID();
        c.participantId = participantId;
        c.purpose = t.purpose();
        c.recipients = new HashSet<>(recipients);
        c.scope = scope;
        c.signedOn = signed;
        c.expiresOn = t.expiresOn();
        c.evidence = Text.optional(t.evidence());
        c.recordedBy = recordedBy;
        c.recordedAt = clock.instant();
        c.expiryAnnounced = c.expiresOn != null && c.expiresOn.isBefore(today);
        return c;
    }

    /**
     * The participant revoked the consent on a day; revoking it again changes nothing.
     *
     * @return whether this call revoked it
     */
    public boolean revoke(LocalDate on, String by, Clock clock) {
        if (revokedOn != null) {
            return false;
        }
        LocalDate today = RecordedDay.today(clock);
        LocalDate day = on == null ? today : on;
        if (day.isAfter(today)) {
            throw new ConsentRefused("on", "is in the future");
        }
        if (day.isBefore(signedOn)) {
            throw new ConsentRefused("on", "is before the consent was signed (" + signedOn + ")");
        }
        revokedOn = day;
        revokedBy = by;
        return true;
    }

    /** In force on the day: signed by then, not expired (it holds through its expiry day), not revoked. */
    public boolean inForce(LocalDate day) {
        return !signedOn.isAfter(day) && (expiresOn == null || !expiresOn.isBefore(day))
                && (revokedOn == null || revokedOn.isAfter(day));
    }

    /** Whether, in force on the day, it lets the data of the scope go to the recipient. */
    public boolean covers(String recipient, ConsentScope what, LocalDate day) {
        if (!inForce(day) || !scope.contains(what)) {
            return false;
        }
        return purpose == ConsentPurpose.MATCHING
                ? recipient.startsWith("employer:")
                : recipients.contains(recipient);
    }

    /** Its expiry passed and is not yet announced. */
    public boolean expiryDue(LocalDate today) {
        return !expiryAnnounced && expiresOn != null && expiresOn.isBefore(today);
    }

    public void expiryAnnounced() {
        expiryAnnounced = true;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    /** The recipients, in a stable order. */
    public List<String> recipients() {
        return recipients.stream().sorted().toList();
    }

    /** The scope, in a stable order. */
    public List<ConsentScope> scope() {
        return scope.stream().sorted().toList();
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public String evidence() {
        return evidence;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
