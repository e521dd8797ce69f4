package org.rungs.employer.referral.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.employer.referral.application.ReferParticipant;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.vacancy.domain.UnknownVacancy;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Navigators refer their agency's consenting participants to open vacancies. */
@Path("/vacancies/{vacancyId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "SecurityScheme")
public class VacancyReferralResource {

    /** {@code on}: the day of the referral, when that was before today (recorded late). */
    public record ReferRequest(@NotNull UUID participantId, LocalDate on) {
    }

    private final ReferParticipant referParticipant;
    private final ReferralViews views;
    private final Vacancies vacancies;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public VacancyReferralResource(ReferParticipant referParticipant, ReferralViews views,
            Vacancies vacancies, Caller caller, IdempotencyKeys idempotency) {
        this.referParticipant = referParticipant;
        this.views = views;
        this.vacancies = vacancies;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Refer a participant to an open vacancy", description = "Navigators refer their agency's "
            + "participants who consent to share their profile with employers (urn:rungs:problem:not-consenting "
            + "otherwise). During the vacancy's internal-first window only the employer's incumbent workers may be "
            + "referred (urn:rungs:problem:internal-first). Publishes referral.changed.v1 (stage referred).")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response refer(@PathParam("vacancyId") UUID vacancyId, @NotNull @Valid ReferRequest request) {
        String agency = caller.isNetworkAdmin() ? null : caller.requireOrganisation();
        if (vacancies.byId(vacancyId).isEmpty()) {
            throw new UnknownVacancy(vacancyId);
        }
        return idempotency.once(request, () -> {
            Referral r = referParticipant.refer(new ReferParticipant.Command(vacancyId, request.participantId(),
                    agency, caller.actor(), request.on()));
            return Response.created(URI.create("/referrals/" + r.id())).entity(views.of(r)).build();
        });
    }
}
