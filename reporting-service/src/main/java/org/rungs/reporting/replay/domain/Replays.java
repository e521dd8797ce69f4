package org.rungs.reporting.replay.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The replays asked for, newest first. */
public interface Replays {

    void add(Replay replay);

    Optional<Replay> byId(UUID id);

    /** The replays still marked running. */
    List<Replay> running();

    List<Replay> latest(int count);
}
