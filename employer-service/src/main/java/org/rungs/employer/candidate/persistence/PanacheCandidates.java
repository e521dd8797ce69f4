package org.rungs.employer.candidate.persistence;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.candidate.domain.Candidate;
import org.rungs.employer.candidate.domain.Candidates;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheCandidates implements Candidates, PanacheAggregates<Candidate> {
}
