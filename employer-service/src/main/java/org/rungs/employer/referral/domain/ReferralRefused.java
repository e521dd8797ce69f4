package org.rungs.employer.referral.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** A referral was refused: each offending field of the request and why. */
public class ReferralRefused extends FieldsRefused {

    public ReferralRefused(Map<String, String> fields) {
        super("Referral refused: " + String.join(", ", fields.keySet()), fields);
    }
}
