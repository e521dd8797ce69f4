package org.rungs.participant.consent.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a participant consents to: matching with the network's employers (de-identified proposals, and contact after
 * they accept a referral when the scope includes contact), disclosure to named employers or providers, or sharing their
 * employment outcomes with named funders.
 */
public enum ConsentPurpose {

    MATCHING, DISCLOSURE, OUTCOMES_TO_FUNDER;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
