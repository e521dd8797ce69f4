package org.rungs.reporting.replay.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.reporting.replay.domain.Replay;
import org.rungs.reporting.replay.domain.Replays;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheReplays implements Replays, PanacheAggregates<Replay> {

    @Override
    public List<Replay> running() {
        return list("status", Replay.Status.RUNNING);
    }

    @Override
    public List<Replay> latest(int count) {
        return findAll(Sort.descending("startedAt").and("id")).page(0, count).list();
    }
}
