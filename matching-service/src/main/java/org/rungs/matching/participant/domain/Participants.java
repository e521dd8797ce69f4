package org.rungs.matching.participant.domain;

import java.util.List;

import org.rungs.spine.domain.Repository;

/** The participants matching knows of. */
public interface Participants extends Repository<Participant> {

    /** Every participant who shares with employers, skills included. */
    List<Participant> consenting();
}
