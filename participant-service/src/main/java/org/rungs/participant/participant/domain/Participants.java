package org.rungs.participant.participant.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The participants partner agencies enrolled, and their consent histories. */
public interface Participants extends Repository<Participant> {

    void add(ConsentChange change);

    /** Keeps a participant's demographics apart from their case. */
    void add(Demographics demographics);

    /** A participant's consent history, oldest first. */
    List<ConsentChange> consentHistory(UUID participantId);

    /**
     * Counts of each demographic answer among the participants (of one agency when given): question → answer → count,
     * "not-answered" included.
     */
    Map<String, Map<String, Long>> demographicAnswers(String agency);

    /** The enrolments of a person, at any agency, found by their person key. */
    List<Participant> byPersonKey(String personKey);

    /** How many agencies other than the one given enrolled the person. */
    long otherAgencies(UUID personId, String agency);

    /** Participants, newest enrolment first, that pass the search's filters. */
    Page<Participant> search(Search search, int page, int size);

    /**
     * Filters of a participant search; a null filter is not applied.
     *
     * @param servedBy
     *            only participants this agency serves (a navigator sees only their agency's)
     */
    record Search(String servedBy, String partnerAgency) {
    }
}
