package org.rungs.participant.consent.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No consent record of this participant has the id. */
public class UnknownConsent extends NotFound {

    public UnknownConsent(UUID id) {
        super("Consent record", id);
    }
}
