package org.rungs.employer.referral.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.employer.referral.application.MoveReferral;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.referral.domain.Stage;
import org.rungs.employer.referral.domain.UnknownReferral;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/**
 * Referrals of participants to vacancies (made at {@code POST /vacancies/{id}/referrals}). Navigators record the
 * participant's answer; employer staff move referrals to their vacancies through interview and offer; network admins do
 * all.
 */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals")
@SecurityRequirement(name = "SecurityScheme")
public class ReferralResource {

    /** {@code on}: the day the stage was reached, when that was before today (recorded late). */
    public record MoveRequest(@NotNull Stage stage, @Size(min = 1, max = 500) String reason, LocalDate on) {
    }

    private final MoveReferral moveReferral;
    private final Referrals referrals;
    private final ReferralViews views;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public ReferralResource(MoveReferral moveReferral, Referrals referrals, ReferralViews views, Caller caller,
            IdempotencyKeys idempotency) {
        this.moveReferral = moveReferral;
        this.referrals = referrals;
        this.views = views;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @Path("{id}/stage")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Move a referral to its next stage", description = "Navigators record the participant's "
            + "acceptance or refusal (accepted, declined) and withdraw referrals; employer staff record interviewed, "
            + "offered or declined (a candidate who meets the rung's criteria may not be declined before an interview when "
            + "the employer's agreement commits it to interview them: urn:rungs:problem:interview-committed). Hired is "
            + "reached by recording the hire. A stage that does not follow the current "
            + "one is a 409 (urn:rungs:problem:referral-stage-not-allowed). Publishes referral.changed.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response move(@PathParam("id") UUID id, @NotNull @Valid MoveRequest request) {
        Referral r = visible(id);
        boolean navigator = !caller.isNetworkAdmin() && caller.hasRole(Roles.NAVIGATOR);
        boolean employer = !caller.isNetworkAdmin() && !navigator;
        List<Stage> allowed = navigator
                ? List.of(Stage.ACCEPTED, Stage.DECLINED, Stage.WITHDRAWN)
                : employer ? List.of(Stage.INTERVIEWED, Stage.OFFERED, Stage.DECLINED) : List.of(Stage.values());
        if (!allowed.contains(request.stage())) {
            throw ProblemException.forbidden("Your role may move a referral to " + allowed.stream()
                    .map(Stage::wire).toList() + ", not " + request.stage().wire());
        }
        return idempotency.once(request, () -> Response.ok(views.of(moveReferral.move(r.id(), request.stage(),
                caller.actor(), request.reason(), request.on(), employer))).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One referral", description = "Employer staff see the candidate de-identified until the "
            + "participant accepts.")
    public ReferralResponse get(@PathParam("id") UUID id) {
        return views.of(visible(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Referrals, newest first", description = "Navigators see their agency's participants' "
            + "referrals; employer staff, those to their vacancies.")
    public PageResponse<ReferralResponse> list(
            @QueryParam("vacancyId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String vacancyId,
            @QueryParam("participantId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String participantId,
            @Valid @BeanParam PageRequest page) {
        UUID employer = null;
        String agency = null;
        if (!caller.isNetworkAdmin()) {
            if (caller.hasRole(Roles.NAVIGATOR)) {
                agency = caller.requireOrganisation();
            } else {
                employer = caller.requireOrganisationId();
                if (participantId != null) {
                    throw ProblemException.forbidden("Employer staff do not search referrals by participant: a "
                            + "referral's candidate is theirs to know only once accepted");
                }
            }
        }
        var search = new Referrals.Search(vacancyId == null ? null : UUID.fromString(vacancyId),
                participantId == null ? null : UUID.fromString(participantId), employer, agency);
        return PageResponse.of(referrals.search(search, page.page(), page.size()), views::of);
    }

    private Referral visible(UUID id) {
        return referrals.byId(id).filter(r -> caller.isNetworkAdmin()
                || (caller.hasRole(Roles.NAVIGATOR)
                        ? caller.organisation().map(r.partnerAgency()::equals).orElse(false)
                        : caller.mayAccess(r.employerId().toString())))
                .orElseThrow(() -> new UnknownReferral(id));
    }
}
