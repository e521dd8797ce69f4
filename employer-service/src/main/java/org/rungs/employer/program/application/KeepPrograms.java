package org.rungs.employer.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.training.ProgramPublished;
import org.rungs.employer.program.domain.PublishedProgram;
import org.rungs.employer.program.domain.PublishedPrograms;

/** Keeps employer-service's copy of the programs a ladder's transitions may name as bridges. */
@ApplicationScoped
public class KeepPrograms {

    private final PublishedPrograms programs;

    public KeepPrograms(PublishedPrograms programs) {
        this.programs = programs;
    }

    @Transactional
    public void published(ProgramPublished p) {
        programs.byIdForChange(p.programId()).ifPresentOrElse(
                known -> known.update(p.providerId(), p.title(), p.credential(), p.publishedAt()),
                () -> programs.add(PublishedProgram.of(p.programId(), p.providerId(), p.title(), p.credential(),
                        p.publishedAt())));
    }
}
