package org.rungs.participant.note.api;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.audit.application.AuditPiiReads;
import org.rungs.participant.note.application.AddCaseNote;
import org.rungs.participant.note.domain.CaseNote;
import org.rungs.participant.note.domain.CaseNotes;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Navigators' case notes: read and written by the participant's agency and network admins only. */
@Path("/participants/{participantId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case notes")
@SecurityRequirement(name = "SecurityScheme")
public class NoteResource {

    /** A note about a contact with the participant. */
    public record AddNoteRequest(
            @Schema(description = "The day of the contact; today when absent", example = "2026-11-02") LocalDate date,
            @NotBlank @Size(max = CaseNote.MAX_LENGTH) @Schema(example = "Called about the CNA cohort; childcare arranged") String text) {
    }

    public record NoteResponse(UUID id, UUID participantId, LocalDate date, String text, String author,
            Instant addedAt) {

        static NoteResponse of(CaseNote n) {
            return new NoteResponse(n.id(), n.participantId(), n.date(), n.text(), n.author(), n.addedAt());
        }
    }

    private final AddCaseNote addNote;
    private final CaseNotes notes;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final AuditPiiReads audit;

    public NoteResource(AddCaseNote addNote, CaseNotes notes, ParticipantAccess access, Caller caller,
            IdempotencyKeys idempotency, AuditPiiReads audit) {
        this.audit = audit;
        this.addNote = addNote;
        this.notes = notes;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Add a case note", description = "Kept as written; a correction is a new note. Publishes "
            + "note.added.v1 without the text.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response add(@PathParam("participantId") UUID participantId, @NotNull @Valid AddNoteRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            CaseNote n = addNote.add(p.id(), request.date(), request.text(), caller.name());
            return Response.created(URI.create("/participants/" + p.id() + "/notes")).entity(NoteResponse.of(n))
                    .build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's case notes, latest day first")
    public PageResponse<NoteResponse> list(@PathParam("participantId") UUID participantId,
            @Valid @BeanParam PageRequest page) {
        Participant p = access.visible(participantId);
        audit.read(caller.actor(), caller.organisation().orElse(null), List.of(p.id()), "case-notes",
                List.of("text"));
        return PageResponse.of(notes.ofParticipant(p.id(), page.page(), page.size()), NoteResponse::of);
    }
}
