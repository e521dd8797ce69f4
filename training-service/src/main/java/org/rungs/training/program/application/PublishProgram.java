package org.rungs.training.program.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.outbox.Outbox;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.ProgramRefused;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.provider.domain.Providers;
import org.rungs.training.provider.domain.UnknownProvider;

/** A provider publishes a program to the training asset map ({@code program.published.v1}). */
@ApplicationScoped
public class PublishProgram {

    private final Programs programs;
    private final Providers providers;
    private final Outbox outbox;
    private final Clock clock;

    public PublishProgram(Programs programs, Providers providers, Outbox outbox, Clock clock) {
        this.programs = programs;
        this.providers = providers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Program publish(UUID providerId, Program.Offer offer) {
        if (!providers.exists(providerId)) {
            throw new UnknownProvider(providerId);
        }
        List<UUID> prerequisites = offer.prerequisitePrograms() == null ? List.of() : offer.prerequisitePrograms();
        for (int i = 0; i < prerequisites.size(); i++) {
            if (!programs.exists(prerequisites.get(i))) {
                throw new ProgramRefused("prerequisitePrograms[" + i + "]", "is not a published program");
            }
        }
        Program program = Program.publish(providerId, offer, clock);
        programs.add(program);
        outbox.publish(program);
        return program;
    }
}
