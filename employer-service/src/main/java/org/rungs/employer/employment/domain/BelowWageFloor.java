package org.rungs.employer.employment.domain;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.rungs.spine.domain.FieldsRefused;

/** A hire or promotion into a rung pays less than the floor a hiring agreement in force sets for it. */
public class BelowWageFloor extends FieldsRefused {

    private final BigDecimal floor;

    public BelowWageFloor(String field, BigDecimal wage, BigDecimal floor, UUID agreementId) {
        super("$" + wage + " an hour is below the wage floor of $" + floor + " that agreement " + agreementId
                + " sets for this rung", Map.of(field, "is below the agreement's wage floor of " + floor));
        this.floor = floor;
    }

    public BigDecimal floor() {
        return floor;
    }
}
