package org.rungs.employer.referral.domain;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The stages of a referral: referred → accepted (by the participant) → interviewed → offered → hired, or declined or
 * withdrawn at any open stage. Until the participant accepts, the employer sees them de-identified.
 */
public enum Stage {

    REFERRED, ACCEPTED, INTERVIEWED, OFFERED, HIRED, DECLINED, WITHDRAWN;

    @JsonValue
    public String wire() {
        return name().toLowerCase();
    }

    /** Whether the referral is still open (not hired, declined or withdrawn). */
    public boolean open() {
        return this != HIRED && this != DECLINED && this != WITHDRAWN;
    }

    /** Whether the participant has accepted the referral by this stage (so the employer may know who they are). */
    public boolean accepted() {
        return this == ACCEPTED || this == INTERVIEWED || this == OFFERED || this == HIRED;
    }

    /** The stages a referral may move to from this one. */
    public Set<Stage> next() {
        return switch (this) {
            case REFERRED -> Set.of(ACCEPTED, DECLINED, WITHDRAWN);
            case ACCEPTED -> Set.of(INTERVIEWED, OFFERED, HIRED, DECLINED, WITHDRAWN);
            case INTERVIEWED -> Set.of(OFFERED, HIRED, DECLINED, WITHDRAWN);
            case OFFERED -> Set.of(HIRED, DECLINED, WITHDRAWN);
            case HIRED, DECLINED, WITHDRAWN -> Set.of();
        };
    }
}
