package org.rungs.training.program.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of credential a program awards (TEGL 10-16, Change 3): a recognised postsecondary credential, a secondary
 * school diploma or its equivalent (both count toward the WIOA credential attainment rate), an industry-recognised
 * certificate, or a certificate of completion (which does not count).
 */
public enum CredentialType {

    RECOGNISED_POSTSECONDARY, SECONDARY_DIPLOMA, INDUSTRY_CERTIFICATE, CERTIFICATE_OF_COMPLETION;

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
