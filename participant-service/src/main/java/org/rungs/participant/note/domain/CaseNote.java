package org.rungs.participant.note.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.contracts.participant.NoteAdded;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.domain.AggregateRoot;
import org.rungs.spine.domain.RecordedDay;

/**
 * A navigator's case note: dated, authored, kept as written (a correction is a new note). Only the participant's agency
 * and network admins read it; its text never leaves participant-service ({@code note.added.v1} tells only that a note
 * was added).
 */
@Entity
@Table(name = "case_note")
public class CaseNote extends AggregateRoot {

    public static final int MAX_LENGTH = 4000;

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "note_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = MAX_LENGTH)
    private String text;

    @Column(nullable = false)
    private String author;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CaseNote() {
    }

    /**
     * Adds a note about a contact on a day.
     *
     * @param date
     *            today when null; an earlier day for a note written late, never a later one
     */
    public static CaseNote add(UUID participantId, String partnerAgency, LocalDate date, String text, String author,
            Clock clock) {
        LocalDate today = RecordedDay.today(clock);
        if (date != null && date.isAfter(today)) {
            throw new NoteRefused("date", "is in the future");
        }
        CaseNote n = new CaseNote();
        n.id = UUID.randomUUID();
        n.participantId = participantId;
        n.date = date == null ? today : date;
        n.text = text.strip();
        n.author = author;
        n.addedAt = clock.instant();
        n.record(ParticipantEvents.NOTE_ADDED, new NoteAdded(n.id, participantId, partnerAgency, n.date, author,
                n.addedAt));
        return n;
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public LocalDate date() {
        return date;
    }

    public String text() {
        return text;
    }

    public String author() {
        return author;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
