package org.rungs.training.enrolment.domain;

import java.util.List;

import org.rungs.spine.domain.DomainError;

/** The participant does not meet the program's entrance requirements: each unmet one is named. */
public class EntranceNotMet extends DomainError {

    private final List<String> unmet;

    public EntranceNotMet(List<String> unmet) {
        super("The participant does not meet the program's entrance requirements: " + String.join("; ", unmet));
        this.unmet = List.copyOf(unmet);
    }

    public List<String> unmet() {
        return unmet;
    }
}
