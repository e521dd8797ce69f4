package org.rungs.participant.participation.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A service, exclusion or support referral whose input the case rules refuse, naming the field. */
public class ServiceRefused extends FieldsRefused {

    public ServiceRefused(String field, String problem) {
        super(field, problem);
    }
}
