package org.rungs.participant.consent.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.consent.domain.ConsentPurpose;
import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentScope;

/** A consent the participant signed. */
public record SignConsentRequest(
        @NotNull @Schema(description = "matching, disclosure or outcomes-to-funder", example = "disclosure") ConsentPurpose purpose,
        @Size(max = ConsentRecord.MAX_RECIPIENTS) @Schema(description = "employer:<employer id>, provider:<provider id> or funder:<name>; none for matching (the network's employers)", example = "[\"employer:6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b\"]") List<@NotNull @Size(max = 210) String> recipients,
        @NotNull @Size(min = 1, max = 3) @Schema(description = "skills, contact, employment-outcomes", example = "[\"contact\"]") List<@NotNull ConsentScope> scope,
        @Schema(description = "The day signed; today when absent", example = "2026-11-02") LocalDate signedOn,
        @Schema(description = "The last day it holds; open-ended when absent", example = "2027-11-01") LocalDate expiresOn,
        @Size(max = 500) @Schema(example = "Signed release form, scanned to the case file") String evidence) {

    ConsentRecord.Terms terms() {
        return new ConsentRecord.Terms(purpose, recipients, scope, signedOn, expiresOn, evidence);
    }
}
