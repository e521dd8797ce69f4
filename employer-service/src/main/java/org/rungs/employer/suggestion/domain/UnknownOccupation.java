package org.rungs.employer.suggestion.domain;

import org.rungs.spine.domain.DomainError;

/** No O*NET-SOC occupation or NOC 2021 unit group has this code. */
public class UnknownOccupation extends DomainError {

    private final String code;

    public UnknownOccupation(String code) {
        super("No O*NET-SOC occupation or NOC 2021 unit group has the code " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
