package org.rungs.training.assetmap.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.employer.LadderPublished;
import org.rungs.contracts.employer.LadderRetired;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.training.assetmap.domain.AssetMap;
import org.rungs.training.assetmap.domain.KnownLadders;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.program.domain.TaughtSkill;

/** The training asset map of a published ladder, and the ladders it is drawn from (employer-service's events). */
@ApplicationScoped
public class MapTraining {

    /** A ladder's map: its transitions, the programs that bridge them and each program's next cohort. */
    public record Drawn(LadderPublished ladder, List<AssetMap.Step> steps, Map<UUID, Program> programs,
            Map<UUID, Cohort> nextCohorts) {
    }

    private final KnownLadders ladders;
    private final Programs programs;
    private final Cohorts cohorts;
    private final Clock clock;

    public MapTraining(KnownLadders ladders, Programs programs, Cohorts cohorts, Clock clock) {
        this.ladders = ladders;
        this.programs = programs;
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Transactional
    public Optional<Drawn> of(UUID ladderId) {
        return ladders.published(ladderId).map(ladder -> {
            List<Program> all = programs.all();
            List<AssetMap.Step> steps = AssetMap.of(ladder, all.stream().map(p -> new AssetMap.Offer(p.id(),
                    p.skillsTaught().stream().collect(Collectors.toMap(TaughtSkill::elementId, TaughtSkill::level,
                            (a, b) -> a.max(b)))))
                    .toList());
            Map<UUID, Program> byId = all.stream().collect(Collectors.toMap(Program::id, p -> p));
            LocalDate today = RecordedDay.today(clock);
            Map<UUID, Cohort> next = new LinkedHashMap<>();
            steps.stream().flatMap(s -> s.bridges().stream()).map(AssetMap.Bridge::programId).distinct()
                    .forEach(id -> cohorts.nextOf(id, today).ifPresent(c -> next.put(id, c)));
            return new Drawn(ladder, steps, byId, next);
        });
    }

    @Transactional
    public void ladderPublished(LadderPublished e) {
        ladders.keep(e);
    }

    @Transactional
    public void ladderRetired(LadderRetired e) {
        ladders.retire(e.ladderId());
    }
}
