package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code note.added.v1}: a navigator added a case note about a participant. The note's text never leaves
 * participant-service; the event tells that a contact happened, when and by whom.
 */
public record NoteAdded(
        @NotNull UUID noteId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotNull LocalDate date,
        @NotBlank String author,
        @NotNull Instant addedAt) {
}
