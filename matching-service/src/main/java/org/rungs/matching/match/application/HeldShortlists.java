package org.rungs.matching.match.application;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The shortlists this instance last wrote, kept in memory with the version it wrote them at: under a vacancy's lock, a
 * shortlist whose stored version is still that one is taken from here instead of reading its matches again (a feed
 * batch otherwise reads every match of every vacancy it weighs). A shortlist is taken out while a transaction changes
 * it and put back, at its new version, once written; one whose transaction fails never matches its stored version again
 * and is read afresh.
 */
@ApplicationScoped
public class HeldShortlists {

    record Entry(long version, ShortlistChanges.Held list) {
    }

    private final Map<UUID, Entry> lists = new ConcurrentHashMap<>();

    /** The shortlist held at that version, taken out; null when none is held at it. */
    ShortlistChanges.Held take(UUID vacancyId, long version) {
        Entry entry = lists.remove(vacancyId);
        return entry != null && entry.version() == version ? entry.list() : null;
    }

    void put(UUID vacancyId, long version, ShortlistChanges.Held list) {
        lists.put(vacancyId, new Entry(version, list));
    }

    /** The vacancy closed, filled or went to another instance. */
    public void forget(UUID vacancyId) {
        lists.remove(vacancyId);
    }

    /** How many shortlists are held. */
    int size() {
        return lists.size();
    }
}
