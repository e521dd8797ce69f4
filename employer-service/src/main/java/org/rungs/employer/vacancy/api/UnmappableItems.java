package org.rungs.employer.vacancy.api;

import java.util.ArrayList;
import java.util.List;

import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;

/**
 * What a schema.org JobPosting says in a way Rungs cannot take into a vacancy (a skill given as free text, a yearly
 * salary, a shift it does not know): each item's JSON path and why. Answered as a 422
 * {@code urn:rungs:problem:job-posting-unmappable} listing every item (docs/errors.md, docs/jobposting.md).
 */
public final class UnmappableItems {

    public static final String TYPE = ProblemTypes.of("job-posting-unmappable");
    public static final String TITLE = "Job posting not mappable";

    private final List<Violation> items = new ArrayList<>();

    /** Records an item, e.g. {@code skills[2]}: "is free text; ...". */
    public void add(String path, String why) {
        items.add(new Violation(path, why));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public List<Violation> items() {
        return List.copyOf(items);
    }

    /** The 422 problem listing every item, in the order the posting gives them. */
    public ProblemException problem() {
        return new ProblemException(422, TYPE, TITLE,
                "The JobPosting has " + (items.size() == 1 ? "an item" : items.size() + " items")
                        + " that Rungs cannot map to a vacancy",
                items);
    }
}
