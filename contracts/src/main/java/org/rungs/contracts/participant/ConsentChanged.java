package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code consent.changed.v1}: a participant's consents changed (one signed, revoked or expired). {@code consents} is
 * the current state: every consent in force, with its purpose, recipients and scope (added within v1; absent from
 * earlier events). {@code shareWithEmployers} tells whether a matching consent is in force, so the participant may be
 * proposed, de-identified, to the network's employers. While it is, {@code skills} carries the participant's current
 * skills (best level per element) so a consumer that dropped the participant on withdrawal can take them back whole;
 * otherwise it is empty.
 */
public record ConsentChanged(
        @NotNull UUID participantId,
        boolean shareWithEmployers,
        @NotNull List<@Valid SkillLevel> skills,
        @NotNull Instant changedAt,
        List<@Valid Consent> consents) {

    /**
     * A consent in force: purpose matching, disclosure or outcomes-to-funder; recipients {@code employer:<id>},
     * {@code provider:<id>} or {@code funder:<name>} (none for matching: the network's employers); scope skills,
     * contact, employment-outcomes.
     */
    public record Consent(@NotNull UUID consentId, @NotBlank String purpose, @NotNull List<String> recipients,
            @NotNull List<String> scope, @NotNull LocalDate signedOn, LocalDate expiresOn) {
    }
}
