package org.rungs.training.program.domain;

import java.util.List;
import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** The training asset map: every published program. */
public interface Programs extends Repository<Program> {

    /** Programs by title that pass every filter given (a null filter is not applied). */
    Page<Program> search(Search search, int page, int size);

    /** Every program on the asset map. */
    List<Program> all();

    record Search(String occupationCode, String elementId, DeliveryMode deliveryMode, Schedule schedule,
            UUID providerId) {
    }
}
