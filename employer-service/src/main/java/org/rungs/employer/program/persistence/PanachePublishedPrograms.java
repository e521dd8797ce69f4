package org.rungs.employer.program.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.program.domain.PublishedProgram;
import org.rungs.employer.program.domain.PublishedPrograms;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanachePublishedPrograms implements PublishedPrograms, PanacheAggregates<PublishedProgram> {
}
