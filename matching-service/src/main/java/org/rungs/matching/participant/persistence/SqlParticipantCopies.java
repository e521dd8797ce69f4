package org.rungs.matching.participant.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.matching.participant.domain.Profile;

import io.agroal.api.AgroalDataSource;

/**
 * The participant copy in plain SQL, batched: the feed applies thousands of events a second, so no entity is loaded.
 * Each write is one statement whose guard ({@code applied_offset < offset}) skips it when a later event of the
 * participant was applied; consecutive writes of one kind go to PostgreSQL as one JDBC batch.
 */
@ApplicationScoped
public class SqlParticipantCopies implements ParticipantCopies {

    private static final String ENROL = """
            with g as (
              insert into participant (id, partner_agency, consenting, consent_changed_at, updated_at,
                                       applied_offset, current_wage, work_shift, barriers)
              values (?, ?, coalesce(?, false), ?, ?, ?, ?, ?, ?)
              on conflict (id) do update set partner_agency = excluded.partner_agency,
                     current_wage = excluded.current_wage, work_shift = excluded.work_shift,
                     barriers = excluded.barriers,
                     consenting = case when ? then excluded.consenting else participant.consenting end,
                     consent_changed_at = case when ? then excluded.consent_changed_at
                                               else participant.consent_changed_at end,
                     updated_at = excluded.updated_at, applied_offset = excluded.applied_offset
               where participant.applied_offset < excluded.applied_offset
              returning id, consenting)
            delete from participant_skill s using g where s.participant_id = g.id and not g.consenting""";

    private static final String BARRIERS = """
            update participant set barriers = ?, updated_at = ?, applied_offset = ?
             where id = ? and applied_offset < ?""";

    private static final String WITHDRAW = """
            with g as (
              update participant set consenting = false, consent_changed_at = ?, updated_at = ?,
                     applied_offset = ?
               where id = ? and applied_offset < ? returning id)
            delete from participant_skill s using g where s.participant_id = g.id""";

    private static final String CONSENT = """
            with g as (
              update participant set consenting = true, consent_changed_at = ?, updated_at = ?, applied_offset = ?
               where id = ? and applied_offset < ? returning id)
            insert into participant_skill (participant_id, element_id, level)
            select g.id, u.e, u.l from g, unnest(?::varchar[], ?::numeric[]) as u(e, l)
            on conflict (participant_id, element_id) do update set level = greatest(participant_skill.level,
                   excluded.level)""";

    /**
     * Skills attained, a run of them in one statement: each participant's events after the last write that moved their
     * offset (enrolment, consent, barriers) are applied, the greatest level of each element kept. A skill attained
     * moves no offset and writes no participant row: applying one again changes nothing (levels only grow), and a
     * consent withdrawn after it has moved the offset past it, so it never comes back. Each participant is looked up by
     * key ({@code offset 0} keeps the lookup per event): a join would read the whole participant table into a hash for
     * every batch, a cost growing with the region rather than the batch.
     */
    private static final String ATTAIN = """
            with e as (
              select * from unnest(?::uuid[], ?::varchar[], ?::numeric[], ?::bigint[]) as e(p, el, l, o))
            insert into participant_skill (participant_id, element_id, level)
            select e.p, e.el, max(e.l) from e
             cross join lateral (select p.applied_offset from participant p where p.id = e.p and p.consenting
                                  offset 0) p
             where e.o > p.applied_offset
             group by e.p, e.el
            on conflict (participant_id, element_id) do update set level = excluded.level
             where excluded.level > participant_skill.level""";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private ExecutorService side;

    public SqlParticipantCopies(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    @Override
    public Writer writer() {
        return new BatchWriter();
    }

    /** A pending statement: its SQL and how it binds its parameters. */
    private record Write(String sql, Binder binder, Attained attained) {

        Write(String sql, Binder binder) {
            this(sql, binder, null);
        }
    }

    /** A skill attained, written with the run of them it belongs to ({@link #ATTAIN}). */
    private record Attained(UUID participantId, String elementId, BigDecimal level, long offset) {
    }

    @FunctionalInterface
    private interface Binder {

        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    private final class BatchWriter implements Writer {

        private final List<Write> pending = new ArrayList<>();
        /** Participants this writer writes more of than skills: their skills go in the caller's transaction. */
        private final Set<UUID> touched = new HashSet<>();
        private Future<?> aside;

        @Override
        public void enrolled(UUID participantId, String partnerAgency, Boolean consenting, Enrolment enrolment,
                long offset, Instant at) {
            touched.add(participantId);
            pending.add(new Write(ENROL, (c, s) -> {
                s.setObject(1, participantId);
                s.setString(2, partnerAgency);
                s.setObject(3, consenting, java.sql.Types.BOOLEAN);
                s.setTimestamp(4, consenting == null ? null : Timestamp.from(at));
                s.setTimestamp(5, Timestamp.from(at));
                s.setLong(6, offset);
                s.setBigDecimal(7, enrolment.currentWage());
                s.setString(8, enrolment.workShift());
                s.setArray(9, c.createArrayOf("text", enrolment.barriers().toArray()));
                s.setBoolean(10, consenting != null);
                s.setBoolean(11, consenting != null);
            }));
        }

        @Override
        public void barriers(UUID participantId, List<String> barriers, long offset, Instant at) {
            touched.add(participantId);
            pending.add(new Write(BARRIERS, (c, s) -> {
                s.setArray(1, c.createArrayOf("text", barriers.toArray()));
                s.setTimestamp(2, Timestamp.from(at));
                s.setLong(3, offset);
                s.setObject(4, participantId);
                s.setLong(5, offset);
            }));
        }

        @Override
        public void consented(UUID participantId, Collection<SkillLevel> skills, long offset, Instant at) {
            touched.add(participantId);
            String[] elements = skills.stream().map(SkillLevel::elementId).toArray(String[]::new);
            BigDecimal[] levels = skills.stream().map(SkillLevel::level).toArray(BigDecimal[]::new);
            pending.add(new Write(CONSENT, consent(participantId, elements, levels, offset, at)));
        }

        @Override
        public void withdrawn(UUID participantId, long offset, Instant at) {
            touched.add(participantId);
            pending.add(new Write(WITHDRAW, (c, s) -> {
                s.setTimestamp(1, Timestamp.from(at));
                s.setTimestamp(2, Timestamp.from(at));
                s.setLong(3, offset);
                s.setObject(4, participantId);
                s.setLong(5, offset);
            }));
        }

        @Override
        public void attained(UUID participantId, String elementId, BigDecimal level, long offset) {
            pending.add(new Write(ATTAIN, null, new Attained(participantId, elementId, level, offset)));
        }

        private Binder consent(UUID participantId, String[] elements, BigDecimal[] levels, long offset,
                Instant at) {
            return (c, s) -> {
                s.setTimestamp(1, Timestamp.from(at));
                s.setTimestamp(2, Timestamp.from(at));
                s.setLong(3, offset);
                s.setObject(4, participantId);
                s.setLong(5, offset);
                s.setArray(6, c.createArrayOf("varchar", elements));
                s.setArray(7, c.createArrayOf("numeric", levels));
            };
        }

        @Override
        public void flushAside() {
            settle();
            List<Attained> side = new ArrayList<>();
            pending.removeIf(w -> {
                if (w.attained() != null && !touched.contains(w.attained().participantId())) {
                    side.add(w.attained());
                    return true;
                }
                return false;
            });
            flush();
            if (!side.isEmpty()) {
                aside = side().submit(() -> {
                    writeAside(side);
                    return null;
                });
            }
        }

        @Override
        public void settle() {
            if (aside == null) {
                return;
            }
            try {
                aside.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the participant copy was written", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the participant copy could not be written", e.getCause());
            } finally {
                aside = null;
            }
        }

        @Override
        public void flush() {
            if (pending.isEmpty()) {
                return;
            }
            em.unwrap(Session.class).doWork(connection -> {
                int i = 0;
                while (i < pending.size()) {
                    String sql = pending.get(i).sql();
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        if (sql.equals(ATTAIN)) {
                            List<Attained> run = new ArrayList<>();
                            for (; i < pending.size() && pending.get(i).sql().equals(sql); i++) {
                                run.add(pending.get(i).attained());
                            }
                            attainAll(connection, statement, run);
                            continue;
                        }
                        for (; i < pending.size() && pending.get(i).sql().equals(sql); i++) {
                            pending.get(i).binder().bind(connection, statement);
                            statement.addBatch();
                        }
                        statement.executeBatch();
                    }
                }
            });
            pending.clear();
        }
    }

    /** Skills attained written in a transaction of their own, on a connection of their own. */
    private void writeAside(List<Attained> run) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement statement = connection.prepareStatement(ATTAIN)) {
                attainAll(connection, statement, run);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private synchronized ExecutorService side() {
        if (side == null) {
            side = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "participant-copy");
                t.setDaemon(true);
                return t;
            });
        }
        return side;
    }

    @PreDestroy
    synchronized void stop() {
        if (side != null) {
            side.shutdown();
        }
    }

    private static void attainAll(Connection connection, PreparedStatement statement, List<Attained> run)
            throws SQLException {
        statement.setArray(1, connection.createArrayOf("uuid", run.stream().map(Attained::participantId).toArray()));
        statement.setArray(2, connection.createArrayOf("varchar", run.stream().map(Attained::elementId).toArray()));
        statement.setArray(3, connection.createArrayOf("numeric", run.stream().map(Attained::level).toArray()));
        statement.setArray(4, connection.createArrayOf("bigint", run.stream().map(Attained::offset).toArray()));
        statement.executeUpdate();
    }

    @Override
    public Optional<String> agencyOf(UUID participantId) {
        return Optional.ofNullable(agenciesOf(List.of(participantId)).get(participantId));
    }

    @Override
    public Map<UUID, Profile> profiles(Collection<UUID> participantIds) {
        return candidates(participantIds).profiles();
    }

    /**
     * The four reads a profile takes, sent as one statement list: the driver sends them together and the server answers
     * them in one round trip. Each takes the participants' ids as its one parameter.
     */
    private static final String PROFILES = """
            select participant_id, employer_id, rung_id, occupation_code, hourly_wage from incumbency
             where participant_id = any(?);
            select participant_id, title from participant_credential where participant_id = any(?);
            select e.participant_id, coalesce(p.title, 'a cohort'), c.meeting_days, c.start_time, c.end_time
              from cohort_enrolment e join cohort c on c.id = e.cohort_id
              left join program p on p.id = c.program_id
             where e.participant_id = any(?) and e.status = 'enrolled' and not c.cancelled
               and c.end_date >= current_date;
            select id, current_wage, work_shift, barriers, partner_agency from participant where id = any(?)""";

    @Override
    public Candidates candidates(Collection<UUID> participantIds) {
        Map<UUID, Profile> profiles = new HashMap<>();
        Map<UUID, String> agencies = new HashMap<>();
        if (participantIds.isEmpty()) {
            return new Candidates(agencies, profiles);
        }
        Map<UUID, Set<UUID>> employers = new HashMap<>();
        Map<UUID, Set<UUID>> rungs = new HashMap<>();
        Map<UUID, Set<String>> occupations = new HashMap<>();
        Map<UUID, BigDecimal> jobWage = new HashMap<>();
        Map<UUID, Set<String>> credentials = new HashMap<>();
        Map<UUID, List<Profile.Meeting>> meetings = new HashMap<>();
        RowReader incumbency = rows -> {
            UUID id = rows.getObject(1, UUID.class);
            employers.computeIfAbsent(id, k -> new HashSet<>()).add(rows.getObject(2, UUID.class));
            UUID rung = rows.getObject(3, UUID.class);
            if (rung != null) {
                rungs.computeIfAbsent(id, k -> new HashSet<>()).add(rung);
            }
            if (rows.getString(4) != null) {
                occupations.computeIfAbsent(id, k -> new HashSet<>()).add(rows.getString(4));
            }
            if (rows.getBigDecimal(5) != null) {
                jobWage.merge(id, rows.getBigDecimal(5), BigDecimal::max);
            }
        };
        RowReader credential = rows -> credentials.computeIfAbsent(rows.getObject(1, UUID.class),
                k -> new HashSet<>()).add(rows.getString(2));
        RowReader meeting = rows -> {
            java.sql.Time start = rows.getTime(4);
            java.sql.Time end = rows.getTime(5);
            meetings.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>())
                    .add(new Profile.Meeting(rows.getString(2), List.of((String[]) rows.getArray(3).getArray()),
                            start == null ? null : start.toLocalTime(), end == null ? null : end.toLocalTime()));
        };
        RowReader participant = rows -> {
            UUID id = rows.getObject(1, UUID.class);
            BigDecimal wage = jobWage.getOrDefault(id, rows.getBigDecimal(2));
            profiles.put(id, new Profile(employers.getOrDefault(id, Set.of()), rungs.getOrDefault(id, Set.of()),
                    occupations.getOrDefault(id, Set.of()), wage, credentials.getOrDefault(id, Set.of()),
                    Set.of((String[]) rows.getArray(4).getArray()), rows.getString(3),
                    meetings.getOrDefault(id, List.of())));
            agencies.put(id, rows.getString(5));
        };
        em.unwrap(Session.class).doWork(connection -> {
            java.sql.Array ids = connection.createArrayOf("uuid", participantIds.toArray());
            try (PreparedStatement s = connection.prepareStatement(PROFILES)) {
                List<RowReader> readers = List.of(incumbency, credential, meeting, participant);
                for (int i = 1; i <= readers.size(); i++) {
                    s.setArray(i, ids);
                }
                s.execute();
                for (RowReader reader : readers) {
                    try (ResultSet rows = s.getResultSet()) {
                        while (rows.next()) {
                            reader.read(rows);
                        }
                    }
                    s.getMoreResults();
                }
            }
        });
        return new Candidates(agencies, profiles);
    }

    @FunctionalInterface
    private interface RowReader {

        void read(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, java.sql.Array ids, RowReader reader)
            throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setArray(1, ids);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        }
    }

    @Override
    public Set<UUID> programsCompleted(UUID participantId) {
        Set<UUID> programs = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> query(connection,
                "select program_id from participant_credential where participant_id = any(?)",
                connection.createArrayOf("uuid", new Object[]{participantId}),
                rows -> programs.add(rows.getObject(1, UUID.class))));
        return programs;
    }

    @Override
    public Optional<Standing> standing(UUID participantId) {
        Standing[] found = {null};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "select partner_agency, consenting, consent_changed_at from participant where id = ?")) {
                s.setObject(1, participantId);
                try (ResultSet rows = s.executeQuery()) {
                    if (rows.next()) {
                        Timestamp changed = rows.getTimestamp(3);
                        found[0] = new Standing(rows.getString(1), rows.getBoolean(2),
                                changed == null ? null : changed.toInstant());
                    }
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    @Override
    public Map<UUID, String> agenciesOf(Collection<UUID> participantIds) {
        Map<UUID, String> agencies = new HashMap<>();
        if (participantIds.isEmpty()) {
            return agencies;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(
                    "select id, partner_agency from participant where id = any(?)")) {
                s.setArray(1, connection.createArrayOf("uuid", participantIds.toArray()));
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        agencies.put(rows.getObject(1, UUID.class), rows.getString(2));
                    }
                }
            }
        });
        return agencies;
    }

    @Override
    public List<UUID> firstConsenting(int limit, Collection<UUID> among) {
        List<UUID> first = new ArrayList<>();
        em.unwrap(Session.class).doWork(connection -> {
            String sql = "select id from participant where consenting"
                    + (among == null ? "" : " and id = any(?)") + " order by id limit ?";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                int p = 1;
                if (among != null) {
                    s.setArray(p++, connection.createArrayOf("uuid", among.toArray()));
                }
                s.setInt(p, limit);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        first.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return first;
    }

    @Override
    public Map<Integer, Long> read(String topic, SkillVisitor visitor) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                Map<Integer, Long> positions = new HashMap<>();
                try (PreparedStatement s = connection.prepareStatement(
                        "select partition, next_offset from feed_position where topic = ?")) {
                    s.setString(1, topic);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            positions.put(rows.getInt(1), rows.getLong(2));
                        }
                    }
                }
                try (PreparedStatement s = connection.prepareStatement("""
                        select p.id, s.element_id, s.level
                          from participant p left join participant_skill s on s.participant_id = p.id
                         where p.consenting""")) {
                    s.setFetchSize(10_000);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            visitor.skill(rows.getObject(1, UUID.class), rows.getString(2), rows.getBigDecimal(3));
                        }
                    }
                }
                connection.commit();
                return positions;
            } finally {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the participant copy cannot be read", e);
        }
    }

    @Override
    public void advance(String topic, Map<Integer, Long> nextOffsets) {
        if (nextOffsets.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement("""
                    insert into feed_position (topic, partition, next_offset) values (?, ?, ?)
                    on conflict (topic, partition) do update
                       set next_offset = greatest(feed_position.next_offset, excluded.next_offset)""")) {
                for (Map.Entry<Integer, Long> position : nextOffsets.entrySet()) {
                    s.setString(1, topic);
                    s.setInt(2, position.getKey());
                    s.setLong(3, position.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
    }
}
