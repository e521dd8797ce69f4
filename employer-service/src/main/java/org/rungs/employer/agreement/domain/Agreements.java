package org.rungs.employer.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The hiring agreements of the network. */
public interface Agreements extends Repository<Agreement> {

    /** An employer's agreements in force on a day. */
    List<Agreement> inForce(UUID employerId, LocalDate day);

    /** Agreements, newest signature first; of one employer when it is given. */
    Page<Agreement> list(UUID employerId, int page, int size);
}
