package org.rungs.employer.vacancy.domain;

import java.util.Map;

import org.rungs.spine.domain.FieldsRefused;

/** A vacancy was refused: each offending field of the request and why. */
public class VacancyRefused extends FieldsRefused {

    public VacancyRefused(Map<String, String> fields) {
        super("Vacancy refused: " + String.join(", ", fields.keySet()), fields);
    }
}
