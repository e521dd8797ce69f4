package org.rungs.contracts.training;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events training-service publishes: programs on the training asset map. Each record's JSON Schema and golden
 * sample are {@code contracts/training-service/<type>.schema.json} and {@code .sample.json}.
 */
public final class TrainingEvents implements EventDeclarations {

    public static final String PRODUCER = "training-service";
    public static final Topic PROGRAMS = new Topic("rungs.program", PRODUCER);

    public static final EventType<ProgramPublished> PROGRAM_PUBLISHED = PROGRAMS.event("program.published.v1",
            ProgramPublished.class, ProgramPublished::programId, ProgramPublished::publishedAt);
}
