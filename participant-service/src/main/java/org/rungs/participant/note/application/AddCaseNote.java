package org.rungs.participant.note.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.note.domain.CaseNote;
import org.rungs.participant.note.domain.CaseNotes;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.participation.domain.DatedBeforeEntry;
import org.rungs.spine.outbox.Outbox;

/** A navigator adds a case note ({@code note.added.v1}, without its text). */
@ApplicationScoped
public class AddCaseNote {

    private final Participants participants;
    private final CaseNotes notes;
    private final Outbox outbox;
    private final Clock clock;

    public AddCaseNote(Participants participants, CaseNotes notes, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.notes = notes;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CaseNote add(UUID participantId, LocalDate date, String text, String author) {
        Participant p = participants.byId(participantId).orElseThrow(() -> new UnknownParticipant(participantId));
        if (date != null && date.isBefore(p.programEntryDate())) {
            throw new DatedBeforeEntry("case note", date, p.programEntryDate());
        }
        CaseNote note = CaseNote.add(p.id(), p.partnerAgency(), date, text, author, clock);
        notes.add(note);
        outbox.publish(note);
        return note;
    }
}
