package org.rungs.participant.audit.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.audit.domain.PiiRead;
import org.rungs.participant.audit.domain.PiiReads;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.QueryValues;
import org.rungs.spine.security.Roles;

/** The audit trail of who read participants' personal data, for the network's admins. */
@Path("/audit/pii-reads")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@SecurityRequirement(name = "SecurityScheme")
public class PiiReadResource {

    /** One read: who, of which organisation, when, which participant's record, which fields. */
    public record PiiReadResponse(UUID id, UUID participantId, String reader, String readerOrganisation,
            String record, List<String> fields, Instant readAt) {

        static PiiReadResponse of(PiiRead r) {
            return new PiiReadResponse(r.id(), r.participantId(), r.reader(), r.readerOrganisation(), r.record(),
                    r.fields(), r.readAt());
        }
    }

    private final PiiReads reads;

    public PiiReadResource(PiiReads reads) {
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Reads of participants' personal data, latest first", description = "Every read by a person "
            + "of a participant's record (names, contact, date of birth, identifier), contact (by an employer) or case "
            + "notes. Filter by participant, reader (role:name) and a half-open time window [from, to).")
    public PageResponse<PiiReadResponse> search(@QueryParam("participantId") String participantId,
            @QueryParam("reader") @Size(max = 200) String reader, @QueryParam("from") String from,
            @QueryParam("to") String to, @Valid @BeanParam PageRequest page) {
        return PageResponse.of(reads.search(new PiiReads.Search(QueryValues.uuid("participantId", participantId),
                reader, QueryValues.instant("from", from), QueryValues.instant("to", to)), page.page(), page.size()),
                PiiReadResponse::of);
    }
}
