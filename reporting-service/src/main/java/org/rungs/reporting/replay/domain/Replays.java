package org.rungs.reporting.replay.domain;

import java.util.List;

import org.rungs.spine.domain.Repository;

/** The replays asked for, newest first. */
public interface Replays extends Repository<Replay> {

    /** The replays still marked running. */
    List<Replay> running();

    List<Replay> latest(int count);
}
