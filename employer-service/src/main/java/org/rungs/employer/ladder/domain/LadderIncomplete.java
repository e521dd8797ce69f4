package org.rungs.employer.ladder.domain;

import java.util.Map;
import java.util.UUID;

import org.rungs.spine.domain.FieldsRefused;

/** A ladder cannot be published yet: what it lacks, by the part of the ladder that lacks it. */
public class LadderIncomplete extends FieldsRefused {

    public LadderIncomplete(UUID ladderId, Map<String, String> missing) {
        super("Ladder " + ladderId + " is not complete: " + String.join("; ", missing.values()), missing);
    }
}
