package org.rungs.spine.events;

/**
 * The platform's event topics: one per producing aggregate. Records are keyed by the aggregate id, so every event of
 * one aggregate lands on one partition, in order. Topics keep their events (no time-based deletion) so read models can
 * be rebuilt by replaying them.
 */
public enum Topic {

    PARTICIPANT("rungs.participant"), EMPLOYER("rungs.employer"), VACANCY("rungs.vacancy"), PROGRAM(
            "rungs.program"), MATCH("rungs.match");

    private final String topicName;

    Topic(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
    }
}
