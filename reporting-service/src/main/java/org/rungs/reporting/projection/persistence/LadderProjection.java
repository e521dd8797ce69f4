package org.rungs.reporting.projection.persistence;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.spine.messaging.Handlers;

/**
 * Career ladders: each ladder's latest published version, with its rungs and transitions. A publication replaces the
 * ladder's rungs and transitions only when its version is higher than the one kept, so an older version read late, or
 * one read again, changes nothing. A retirement (final: a retired ladder is never published again) sets
 * {@code retired_at}, also when it is read before any publication of its ladder.
 */
@Singleton
public class LadderProjection extends SqlProjection {

    public LadderProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("ladder_fact", "rung_fact", "transition_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.LADDER_PUBLISHED, this::published)
                .on(EmployerEvents.LADDER_RETIRED, this::retired);
    }

    void published(LadderPublished e) {
        int newer = execute("""
                insert into ladder_fact (ladder_id, version, title, naics_code, region, taxonomy, kind, published_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (ladder_id) do update set version = excluded.version, title = excluded.title,
                    naics_code = excluded.naics_code, region = excluded.region, taxonomy = excluded.taxonomy,
                    kind = excluded.kind, published_at = excluded.published_at
                where ladder_fact.version is null or ladder_fact.version < excluded.version""",
                e.ladderId(), e.version(), e.title(), e.naicsCode(), e.region(), e.taxonomy(), e.kind(),
                e.publishedAt());
        if (newer == 0) {
            return;
        }
        execute("delete from rung_fact where ladder_id = ?1", e.ladderId());
        execute("delete from transition_fact where ladder_id = ?1", e.ladderId());
        for (LadderPublished.Rung r : e.rungs()) {
            execute("""
                    insert into rung_fact (ladder_id, rung_id, tier, occupation_code, local_title, wage_from, wage_to)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    on conflict (ladder_id, rung_id) do update set tier = excluded.tier,
                        occupation_code = excluded.occupation_code, local_title = excluded.local_title,
                        wage_from = excluded.wage_from, wage_to = excluded.wage_to""",
                    e.ladderId(), r.rungId(), r.tier(), r.occupationCode(), r.localTitle(), r.wageBand().from(),
                    r.wageBand().to());
        }
        for (LadderPublished.Transition t : e.transitions()) {
            execute("""
                    insert into transition_fact (ladder_id, transition_id, from_rung_id, to_rung_id, kind,
                        months_in_rung, credential)
                    values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                    on conflict (ladder_id, transition_id) do update set from_rung_id = excluded.from_rung_id,
                        to_rung_id = excluded.to_rung_id, kind = excluded.kind,
                        months_in_rung = excluded.months_in_rung, credential = excluded.credential""",
                    e.ladderId(), t.transitionId(), t.fromRungId(), t.toRungId(), t.kind(),
                    nullable(t.monthsInRung(), Integer.class), nullable(t.credential(), String.class));
        }
    }

    /** The earliest retirement read wins (there is only one; a replay reads it again). */
    void retired(LadderRetired e) {
        execute("""
                insert into ladder_fact (ladder_id, retired_at) values (?1, ?2)
                on conflict (ladder_id) do update set retired_at = least(ladder_fact.retired_at, excluded.retired_at)""",
                e.ladderId(), e.retiredAt());
    }
}
