package org.rungs.matching.match.persistence;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rungs.matching.match.domain.Appraisal;
import org.rungs.matching.match.domain.Evaluation;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.MatchSkill;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.spine.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;

/**
 * Matches in plain SQL on the transaction's connection: one row per match, its ranking factors and its skill-by-skill
 * explanation as JSON. Nothing is kept in the persistence context, so a weighing that reads and writes thousands of
 * matches costs the same per match at its end as at its start.
 */
@ApplicationScoped
public class SqlMatches implements Matches {

    private static final String SELECT = """
            select m.vacancy_id, v.employer_id, m.participant_id, m.partner_agency, m.score, m.rank, m.digest,
                   m.proposed_at
              from vacancy_match m join vacancy v on v.id = m.vacancy_id""";

    /**
     * The matches of a feed batch's participants, each participant looked up in the participant index ({@code offset 0}
     * keeps the lookup per participant): most have none, and a filter over every match would cost as much as the
     * region's shortlists hold, batch after batch.
     */
    private static final String BY_PARTICIPANTS = """
            select m.vacancy_id, v.employer_id, m.participant_id, m.partner_agency, m.score, m.rank, m.digest,
                   m.proposed_at
              from (select distinct id from unnest(?::uuid[]) as u(id)) x
             cross join lateral (select * from vacancy_match m where m.participant_id = x.id offset 0) m
              join vacancy v on v.id = m.vacancy_id""";

    /**
     * Every match written in one statement, its columns passed as arrays: one round trip and one plan, however many
     * matches a weighing changed (ids are unique within a write).
     */
    private static final String UPSERT = """
            insert into vacancy_match (id, vacancy_id, participant_id, partner_agency, score, rank, digest, factors,
                                       skills, proposed_at)
            select id, vacancy_id, participant_id, partner_agency, score, rank, digest, factors, skills, proposed_at
              from unnest(?::text[]::uuid[], ?::text[]::uuid[], ?::text[]::uuid[], ?::text[],
                          ?::text[]::numeric[], ?::text[]::numeric[], ?::bigint[], ?::text[], ?::text[],
                          ?::text[]::timestamptz[])
                   as m(id, vacancy_id, participant_id, partner_agency, score, rank, digest, factors, skills,
                        proposed_at)
            on conflict (id) do update set score = excluded.score, rank = excluded.rank, digest = excluded.digest,
                   factors = excluded.factors, skills = excluded.skills, proposed_at = excluded.proposed_at""";

    private static final ObjectReader FACTORS = EventJson.mapper()
            .readerFor(new TypeReference<List<Appraisal.Factor>>() {
            });
    private static final ObjectReader SKILLS = EventJson.mapper().readerFor(new TypeReference<List<MatchSkill>>() {
    });

    private final EntityManager em;

    public SqlMatches(EntityManager em) {
        this.em = em;
    }

    private static final String UPSERT_TAIL = """
            insert into shortlist_tail (vacancy_id, size, last_participant_id, last_score, last_rank, version)
            values (?, ?, ?, ?, ?, ?)
            on conflict (vacancy_id) do update set size = excluded.size,
                   last_participant_id = excluded.last_participant_id, last_score = excluded.last_score,
                   last_rank = excluded.last_rank, version = excluded.version""";

    @Override
    public void write(Collection<Match> present, Collection<UUID> absent, Map<UUID, Tail> tails, long version) {
        if (version == 0) {
            throw new IllegalArgumentException("a shortlist's version is never 0");
        }
        if (present.isEmpty() && absent.isEmpty() && tails.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            if (!absent.isEmpty()) {
                try (PreparedStatement s = connection.prepareStatement("delete from vacancy_match where id = any(?)")) {
                    s.setArray(1, connection.createArrayOf("uuid", absent.toArray()));
                    s.executeUpdate();
                }
            }
            if (!present.isEmpty()) {
                int n = present.size();
                String[][] texts = new String[9][n];
                long[] digests = new long[n];
                int i = 0;
                for (Match match : present) {
                    Appraisal appraisal = match.explanation().orElseThrow(() -> new IllegalArgumentException(
                            "match " + match.id() + " has no explanation to write"));
                    texts[0][i] = match.id().toString();
                    texts[1][i] = match.vacancyId().toString();
                    texts[2][i] = match.participantId().toString();
                    texts[3][i] = match.partnerAgency();
                    texts[4][i] = match.score().toPlainString();
                    texts[5][i] = match.rank().toPlainString();
                    texts[6][i] = json(appraisal.factors());
                    texts[7][i] = json(MatchSkill.of(appraisal.evaluation()));
                    texts[8][i] = match.proposedAt().toString();
                    digests[i] = match.digest();
                    i++;
                }
                // every column bound as a plain Java array (text and int8 arrays the driver encodes itself), cast on
                // the server: far cheaper than building each array's literal with java.sql.Array
                try (PreparedStatement s = connection.prepareStatement(UPSERT)) {
                    for (int c = 0; c < 6; c++) {
                        s.setObject(c + 1, texts[c]);
                    }
                    s.setObject(7, digests);
                    for (int c = 6; c < 9; c++) {
                        s.setObject(c + 2, texts[c]);
                    }
                    s.executeUpdate();
                }
            }
            writeTails(connection, tails, version);
        });
    }

    private static void writeTails(java.sql.Connection connection, Map<UUID, Tail> tails, long version)
            throws SQLException {
        List<UUID> emptied = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(UPSERT_TAIL)) {
            boolean any = false;
            for (Map.Entry<UUID, Tail> tail : tails.entrySet()) {
                if (tail.getValue().size() == 0) {
                    emptied.add(tail.getKey());
                    continue;
                }
                Ranking.Ranked last = tail.getValue().last();
                s.setObject(1, tail.getKey());
                s.setInt(2, Math.toIntExact(tail.getValue().size()));
                s.setObject(3, last.participantId());
                s.setBigDecimal(4, last.score());
                s.setBigDecimal(5, last.rank());
                s.setLong(6, version);
                s.addBatch();
                any = true;
            }
            if (any) {
                s.executeBatch();
            }
        }
        if (!emptied.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement(
                    "delete from shortlist_tail where vacancy_id = any(?)")) {
                s.setArray(1, connection.createArrayOf("uuid", emptied.toArray()));
                s.executeUpdate();
            }
        }
    }

    @Override
    public List<Proposed> ranked(UUID vacancyId) {
        List<Proposed> found = new ArrayList<>();
        query("""
                select participant_id, partner_agency, score, rank, factors, skills from vacancy_match
                 where vacancy_id = ? order by rank desc, participant_id""", s -> s.setObject(1, vacancyId),
                rows -> found.add(new Proposed(rows.getObject(1, UUID.class), rows.getString(2),
                        new Appraisal(MatchSkill.evaluation(rows.getBigDecimal(3), read(SKILLS, rows.getString(6))),
                                Evaluation.plain(rows.getBigDecimal(4)), read(FACTORS, rows.getString(5))))));
        return found;
    }

    @Override
    public List<Match> ofParticipants(Collection<UUID> participantIds) {
        return participantIds.isEmpty()
                ? List.of()
                : matches(BY_PARTICIPANTS, s -> s.setArray(1, uuids(s, participantIds)));
    }

    @Override
    public List<Match> of(Collection<UUID> participantIds, Collection<UUID> vacancyIds) {
        return participantIds.isEmpty() || vacancyIds.isEmpty()
                ? List.of()
                : matches(SELECT + " where m.participant_id = any(?) and m.vacancy_id = any(?)", s -> {
                    s.setArray(1, uuids(s, participantIds));
                    s.setArray(2, uuids(s, vacancyIds));
                });
    }

    @Override
    public List<Match> ofVacancy(UUID vacancyId) {
        return matches(SELECT + " where m.vacancy_id = ?", s -> s.setObject(1, vacancyId));
    }

    @Override
    public Map<UUID, Tail> tails(Collection<UUID> vacancyIds) {
        Map<UUID, Tail> tails = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return tails;
        }
        query("""
                select vacancy_id, size, last_score, last_rank, last_participant_id from shortlist_tail
                 where vacancy_id = any(?)""",
                s -> s.setArray(1, uuids(s, vacancyIds)),
                rows -> tails.put(rows.getObject(1, UUID.class), new Tail(rows.getLong(2), new Ranking.Standing(
                        rows.getObject(5, UUID.class), rows.getBigDecimal(3), rows.getBigDecimal(4)))));
        return tails;
    }

    @Override
    public Map<UUID, Long> versions(Collection<UUID> vacancyIds) {
        Map<UUID, Long> versions = new HashMap<>();
        if (!vacancyIds.isEmpty()) {
            query("select vacancy_id, version from shortlist_tail where vacancy_id = any(?)",
                    s -> s.setArray(1, uuids(s, vacancyIds)),
                    rows -> versions.put(rows.getObject(1, UUID.class), rows.getLong(2)));
        }
        return versions;
    }

    @Override
    public Map<UUID, List<Ranking.Standing>> standings(Collection<UUID> vacancyIds) {
        Map<UUID, List<Ranking.Standing>> standings = new HashMap<>();
        if (vacancyIds.isEmpty()) {
            return standings;
        }
        query("select vacancy_id, participant_id, score, rank from vacancy_match where vacancy_id = any(?)",
                s -> s.setArray(1, uuids(s, vacancyIds)),
                rows -> standings.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Ranking.Standing(rows.getObject(2, UUID.class), rows.getBigDecimal(3),
                                rows.getBigDecimal(4))));
        return standings;
    }

    private static java.sql.Array uuids(PreparedStatement s, Collection<UUID> ids) throws SQLException {
        return s.getConnection().createArrayOf("uuid", ids.toArray());
    }

    @FunctionalInterface
    private interface Binder {

        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader {

        void read(ResultSet rows) throws SQLException;
    }

    private List<Match> matches(String sql, Binder binder) {
        List<Match> found = new ArrayList<>();
        query(sql, binder, rows -> found.add(Match.stored(rows.getObject(1, UUID.class),
                rows.getObject(2, UUID.class), rows.getObject(3, UUID.class), rows.getString(4),
                rows.getBigDecimal(5), rows.getBigDecimal(6), rows.getLong(7), rows.getTimestamp(8).toInstant())));
        return found;
    }

    private void query(String sql, Binder binder, RowReader reader) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                binder.bind(s);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        reader.read(rows);
                    }
                }
            }
        });
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a match cannot be written as JSON", e);
        }
    }

    private static <T> List<T> read(ObjectReader reader, String json) throws SQLException {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new SQLException("a stored match cannot be read", e);
        }
    }
}
