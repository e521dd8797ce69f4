package org.rungs.training.program;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventType;
import org.rungs.spine.events.ProgramPublishedEvent;
import org.rungs.spine.events.SkillLevel;
import org.rungs.spine.outbox.Outbox;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.Violation;
import org.rungs.training.provider.Provider;
import org.rungs.training.provider.ProviderRepository;

/** Publishes programs to the training asset map and announces each one ({@code program.published.v1}). */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final ProviderRepository providers;
    private final Outbox outbox;

    public ProgramService(ProgramRepository programs, ProviderRepository providers, Outbox outbox) {
        this.programs = programs;
        this.providers = providers;
        this.outbox = outbox;
    }

    @Transactional
    public Program publish(UUID providerId, PublishProgramRequest request) {
        Provider provider = providers.findById(providerId);
        if (provider == null) {
            throw ProblemException.notFound("Provider", providerId);
        }
        List<Violation> duplicates = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < request.occupationCodes().size(); i++) {
            if (!codes.add(request.occupationCodes().get(i))) {
                duplicates.add(new Violation("occupationCodes[" + i + "]", "is listed more than once"));
            }
        }
        Set<String> elements = new HashSet<>();
        for (int i = 0; i < request.skillsTaught().size(); i++) {
            if (!elements.add(request.skillsTaught().get(i).elementId())) {
                duplicates.add(new Violation("skillsTaught[" + i + "].elementId", "is listed more than once"));
            }
        }
        if (!duplicates.isEmpty()) {
            throw ProblemException.invalid(duplicates);
        }

        Program p = new Program();
        p.id = UUID.randomUUID();
        p.providerId = provider.id;
        p.title = request.title().strip();
        p.credential = request.credential().strip();
        p.occupationCodes = new ArrayList<>(request.occupationCodes());
        p.skillsTaught = new ArrayList<>(request.skillsTaught().stream()
                .map(s -> new TaughtSkill(s.elementId(), s.level()))
                .toList());
        p.deliveryMode = request.deliveryMode();
        p.durationWeeks = request.durationWeeks();
        p.durationHours = request.durationHours();
        p.schedule = request.schedule();
        p.entranceRequirements = request.entranceRequirements() == null || request.entranceRequirements().isBlank()
                ? null
                : request.entranceRequirements().strip();
        p.cost = request.cost();
        p.publishedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        programs.persist(p);
        outbox.record(EventType.PROGRAM_PUBLISHED, p.id, p.publishedAt, new ProgramPublishedEvent(p.id, p.providerId,
                p.title, List.copyOf(p.occupationCodes),
                p.skillsTaught.stream().map(s -> new SkillLevel(s.elementId, s.level)).toList(),
                p.credential, p.deliveryMode.wire(), p.durationWeeks, p.durationHours, p.schedule.wire(),
                p.entranceRequirements, p.cost, p.publishedAt));
        return p;
    }
}
