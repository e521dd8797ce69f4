package org.rungs.participant.participant.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** participant-service's own settings ({@code rungs.participant.*}). */
@ConfigMapping(prefix = "rungs.participant")
public interface ParticipantConfig {

    /**
     * The secret salt of person keys (names and date of birth, HMAC-SHA256) that find one person enrolled at two
     * agencies. Production sets its own (RUNGS_PARTICIPANT_PERSON_KEY_SALT); changing it leaves earlier keys unmatched.
     */
    @WithDefault("rungs-local-person-key-salt")
    String personKeySalt();

    /** When the nightly job announces the exits of the day before (a Quartz cron expression). */
    @WithDefault("0 15 2 * * ?")
    String exitCheck();

    /** When the nightly job settles the consents whose expiry day passed. */
    @WithDefault("0 5 0 * * ?")
    String consentExpiryCheck();
}
