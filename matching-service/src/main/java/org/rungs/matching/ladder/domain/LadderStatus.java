package org.rungs.matching.ladder.domain;

/** Whether a ladder is offered: published, or retired (final). */
public enum LadderStatus {
    PUBLISHED, RETIRED
}
