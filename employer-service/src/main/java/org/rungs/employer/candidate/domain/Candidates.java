package org.rungs.employer.candidate.domain;

import org.rungs.spine.domain.Repository;

/** The participants employer-service knows of, de-identified. */
public interface Candidates extends Repository<Candidate> {
}
