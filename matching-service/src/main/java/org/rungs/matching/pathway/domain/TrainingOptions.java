package org.rungs.matching.pathway.domain;

import java.time.LocalDate;
import java.util.List;

/** The cohorts of the training asset map a pathway may plan. */
public interface TrainingOptions {

    /** The cohorts not cancelled that start after the day, with their programs. */
    List<TrainingOption> startingAfter(LocalDate day);
}
