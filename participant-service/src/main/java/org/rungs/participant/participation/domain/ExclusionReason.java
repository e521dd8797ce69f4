package org.rungs.participant.participation.domain;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a participant's period leaves performance measurement: the exclusions of TEGL 10-16, Change 3 (Attachment 2),
 * coded as PIRL 923 "Other Reasons for Exit".
 */
public enum ExclusionReason {

    /** In a prison, hospital or other institution for at least 90 days. */
    INSTITUTIONALIZED("01"),
    /** A medical treatment or family care, expected to last more than 90 days, keeps them from services. */
    HEALTH_MEDICAL("02"), DECEASED("03"),
    /** A member of the National Guard or a reserve called to active duty for at least 90 days. */
    RESERVE_CALL_UP("05"),
    /** A youth in foster care who moved from the area as part of the foster-care arrangement. */
    FOSTER_CARE("06"),
    /** Found ineligible after enrolment (for example, eligibility misrepresented). */
    INELIGIBLE("07"),
    /** A participant of an offender program released to a place the program does not serve. */
    CRIMINAL_OFFENDER("08");

    private final String pirlCode;

    ExclusionReason(String pirlCode) {
        this.pirlCode = pirlCode;
    }

    public String pirlCode() {
        return pirlCode;
    }

    @JsonValue
    public String wire() {
        return name().toLowerCase().replace('_', '-');
    }
}
