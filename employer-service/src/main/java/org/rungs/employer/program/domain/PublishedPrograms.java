package org.rungs.employer.program.domain;

import org.rungs.spine.domain.Repository;

/** The training programs published to the asset map, as far as employer-service has read them. */
public interface PublishedPrograms extends Repository<PublishedProgram> {
}
