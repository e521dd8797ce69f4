package org.rungs.reporting.projection.persistence;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.training.ProgramPublished;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.spine.messaging.Handlers;

/** The programs on the training asset map; one published again counts once. */
@Singleton
public class ProgramProjection extends SqlProjection {

    public ProgramProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("program_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(TrainingEvents.PROGRAM_PUBLISHED, this::published);
    }

    void published(ProgramPublished e) {
        execute("""
                insert into program_fact (program_id, provider_id, title, credential, delivery_mode, published_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (program_id) do update set provider_id = excluded.provider_id, title = excluded.title,
                    credential = excluded.credential, delivery_mode = excluded.delivery_mode,
                    published_at = excluded.published_at""",
                e.programId(), e.providerId(), e.title(), e.credential(), e.deliveryMode(), e.publishedAt());
    }
}
