package org.rungs.training.provider.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/** What kind of organisation runs the training: on the wire {@code college}, {@code community-agency}, ... */
public enum ProviderKind {

    COLLEGE, UNION, COMMUNITY_AGENCY, PRIVATE, EMPLOYER;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
