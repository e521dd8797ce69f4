package org.rungs.reporting.replay.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.reporting.replay.domain.Replay;
import org.rungs.reporting.replay.domain.Replays;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheReplays implements Replays, PanacheRepositoryBase<Replay, UUID> {

    @Override
    public void add(Replay replay) {
        persist(replay);
    }

    @Override
    public Optional<Replay> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public List<Replay> running() {
        return list("status", Replay.Status.RUNNING);
    }

    @Override
    public List<Replay> latest(int count) {
        return findAll(Sort.descending("startedAt").and("id")).page(0, count).list();
    }
}
