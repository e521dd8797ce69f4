package org.rungs.training.credential.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.credential.domain.Credentials;
import org.rungs.training.enrolment.api.EnrolmentResponse;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.learner.domain.Learners;
import org.rungs.training.learner.domain.UnknownLearner;

/** A participant's training: their enrolments and credentials, for their agency's navigators. */
@Path("/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments")
@SecurityRequirement(name = "SecurityScheme")
public class ParticipantTrainingResource {

    private final Learners learners;
    private final Enrolments enrolments;
    private final Credentials credentials;
    private final Caller caller;

    public ParticipantTrainingResource(Learners learners, Enrolments enrolments, Credentials credentials,
            Caller caller) {
        this.learners = learners;
        this.enrolments = enrolments;
        this.credentials = credentials;
        this.caller = caller;
    }

    @GET
    @Path("enrolments")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's enrolments, latest first")
    public List<EnrolmentResponse> enrolments(@PathParam("participantId") UUID participantId) {
        served(participantId);
        return enrolments.ofParticipant(participantId).stream().map(e -> EnrolmentResponse.of(e,
                credentials.ofParticipant(participantId).stream().filter(c -> c.enrolmentId().equals(e.id()))
                        .map(c -> c.id()).findFirst().orElse(null)))
                .toList();
    }

    @GET
    @Path("credentials")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's credentials, latest first")
    public List<CredentialResponse> credentials(@PathParam("participantId") UUID participantId) {
        served(participantId);
        return credentials.ofParticipant(participantId).stream().map(CredentialResponse::of).toList();
    }

    private void served(UUID participantId) {
        learners.byId(participantId).filter(l -> caller.mayAccess(l.partnerAgency()))
                .orElseThrow(() -> new UnknownLearner(participantId));
    }
}
