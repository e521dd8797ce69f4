package org.rungs.participant.employment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import org.rungs.participant.employment.domain.EmploymentRecord;
import org.rungs.participant.employment.domain.EmploymentRecords;
import org.rungs.participant.employment.domain.KnownEmployer;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.spine.reference.Onet;
import org.rungs.spine.security.Roles;

/** A participant's employment history, for their agency's navigators and network admins. */
@Path("/participants/{id}/employment")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@SecurityRequirement(name = "SecurityScheme")
public class EmploymentHistoryResource {

    public record Job(UUID employmentId, UUID employerId, String employerName, boolean incumbent, LocalDate startDate,
            BigDecimal weeklyHours, String hiredOccupationCode, BigDecimal hiredWage, UUID ladderId, UUID rungId,
            Integer tier, String occupationCode, String occupationTitle, BigDecimal hourlyWage, int promotions,
            LocalDate lastPromotedOn, LocalDate lastCheckedOn, LocalDate separatedOn, String separationReason) {
    }

    /** The job the participant holds now (the latest started, if several), and every job, latest first. */
    public record EmploymentHistory(UUID participantId, Job current, List<Job> jobs) {
    }

    private final EmploymentRecords records;
    private final ParticipantAccess access;

    public EmploymentHistoryResource(EmploymentRecords records, ParticipantAccess access) {
        this.records = records;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's employment history: current employer, occupation, rung and wage", description = "Kept from hire.recorded.v1, promotion.recorded.v1, retention.checked.v1 and "
            + "separation.recorded.v1; navigators see their agency's participants.")
    public EmploymentHistory history(@PathParam("id") UUID id) {
        UUID participant = access.visible(id).id();
        List<Job> jobs = records.ofParticipant(participant).stream().map(this::job).toList();
        return new EmploymentHistory(participant,
                jobs.stream().filter(j -> j.separatedOn() == null).findFirst().orElse(null), jobs);
    }

    private Job job(EmploymentRecord r) {
        return new Job(r.id(), r.employerId(), records.employer(r.employerId()).map(KnownEmployer::name).orElse(null),
                r.incumbent(), r.startDate(), r.weeklyHours(), r.hiredOccupationCode(), r.hiredWage(), r.ladderId(),
                r.rungId(), r.tier(), r.occupationCode(),
                Onet.get().occupation(r.occupationCode()).map(Onet.Occupation::title).orElse(null), r.hourlyWage(),
                r.promotions(), r.lastPromotedOn(), r.lastCheckedOn(), r.separatedOn(), r.separationReason());
    }
}
