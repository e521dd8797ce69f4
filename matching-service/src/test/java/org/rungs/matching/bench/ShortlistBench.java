package org.rungs.matching.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.rungs.matching.index.domain.SkillIndex;
import org.rungs.matching.index.domain.VacancyIndex;
import org.rungs.testing.PostgresServer;
import org.rungs.testing.SyntheticProfiles;

/**
 * B1 and B2 of the matching benchmarks (docs/benchmarks/README.md), side by side in one run on the same data: the
 * in-memory index against the PostgreSQL baseline (a child table of skills with a btree on element, level, participant;
 * the SQL is below).
 *
 * <ul>
 * <li>B1: the top-50 shortlist for a vacancy of 8 required skills among N participants (1,000,000 by default).</li>
 * <li>B2: one participant's skills against V open vacancies (10,000), the vacancies met at 80 % or more.</li>
 * </ul>
 * Not a test: run only by name, {@code ./mvnw -pl matching-service test -Dtest=ShortlistBench
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.participants=1000000]}. The JVM has the module's test heap (1 GiB),
 * which is the budget the index must hold a million participants in. Writes docs/benchmarks/matching-index.md.
 */
class ShortlistBench {

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 1_000_000);
    static final int VACANCIES = Integer.getInteger("bench.vacancies", 10_000);
    static final int SEED = Integer.getInteger("bench.seed", 2026);

    static final String B1_SQL = """
            select s.participant, count(*) met
              from participant_skill s
              join unnest(?::smallint[], ?::smallint[]) r(element, level)
                on s.element = r.element and s.level >= r.level
             group by s.participant
            having count(*) >= ?
             order by met desc, s.participant
             limit 50""";

    static final String B2_SQL = """
            select r.vacancy, count(*) met
              from vacancy_requirement r
              join unnest(?::smallint[], ?::smallint[]) p(element, level)
                on r.element = p.element and r.level <= p.level
              join vacancy v on v.vacancy = r.vacancy
             group by r.vacancy, v.required
            having count(*) >= ceil(0.8 * v.required)
             order by count(*)::float / v.required desc, r.vacancy""";

    @Test
    void shortlistsAndReverseQueries() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        SyntheticProfiles profiles = new SyntheticProfiles(
                root.resolve("employer-service/src/main/resources/reference/occupation_skills.tsv"));
        Map<String, Integer> elements = new java.util.HashMap<>();
        profiles.elementIds.forEach(e -> elements.put(e, elements.size()));
        PostgresServer pg = PostgresServer.start();
        try (Connection db = DriverManager.getConnection(pg.jdbcUrl(), PostgresServer.USER, "")) {
            prepare(db);

            // the profiles into PostgreSQL, then the index rebuilt from there, as matching-service does at start
            Random rng = new Random(SEED);
            StringBuilder copy = new StringBuilder();
            int skillRows = 0;
            for (int i = 0; i < PARTICIPANTS; i++) {
                Map<String, Integer> skills = profiles.participant(rng);
                for (Map.Entry<String, Integer> s : skills.entrySet()) {
                    copy.append(i).append('\t').append(elements.get(s.getKey())).append('\t').append(s.getValue())
                            .append('\n');
                    skillRows++;
                }
                if (copy.length() > 8_000_000) {
                    copyIn(db, "participant_skill", copy);
                }
            }
            copyIn(db, "participant_skill", copy);
            SkillIndex index = new SkillIndex();
            long heapBefore = usedHeap();
            long built = rebuild(db, index, profiles.elementIds);
            long heapIndex = usedHeap() - heapBefore;
            long t0 = System.nanoTime();
            try (Statement st = db.createStatement()) {
                st.execute("create index participant_skill_lookup on participant_skill (element, level, participant)");
                st.execute("vacuum analyze participant_skill");
            }
            long pgIndexMs = (System.nanoTime() - t0) / 1_000_000;

            VacancyIndex vacancies = new VacancyIndex();
            Random vrng = new Random(SEED + 1);
            StringBuilder requirements = new StringBuilder();
            StringBuilder vacancyRows = new StringBuilder();
            for (int v = 0; v < VACANCIES; v++) {
                Map<String, Integer> required = profiles.vacancy(vrng);
                vacancies.put(new UUID(SEED + 1, v), SyntheticProfiles.decimal(required));
                vacancyRows.append(v).append('\t').append(required.size()).append('\n');
                for (Map.Entry<String, Integer> r : required.entrySet()) {
                    requirements.append(v).append('\t').append(elements.get(r.getKey())).append('\t')
                            .append(r.getValue()).append('\n');
                }
            }
            copyIn(db, "vacancy", vacancyRows);
            copyIn(db, "vacancy_requirement", requirements);
            try (Statement st = db.createStatement()) {
                st.execute("create index vacancy_requirement_lookup on vacancy_requirement (element, level, vacancy)");
                st.execute("vacuum analyze vacancy_requirement");
                st.execute("vacuum analyze vacancy");
            }

            // B1: shortlists for random vacancies, the same queries on both sides
            Random qrng = new Random(SEED + 2);
            List<Map<String, Integer>> queries = new ArrayList<>();
            for (int q = 0; q < 300; q++) {
                queries.add(profiles.vacancy(qrng));
            }
            int[] cursor = {0};
            IntSupplier indexB1 = () -> index
                    .shortlist(SyntheticProfiles.decimal(queries.get(cursor[0]++ % queries.size())), 4, 50, null)
                    .size();
            double[] indexB1Ms = time(indexB1, 1000, 1000);
            cursor[0] = 0;
            PreparedStatement b1 = db.prepareStatement(B1_SQL);
            IntSupplier pgB1 = () -> query(b1, elements, queries.get(cursor[0]++ % queries.size()), 4);
            double[] pgB1Ms = time(pgB1, 5, Integer.getInteger("bench.pgQueries", 100));

            // B2: one participant's skills against every open vacancy
            List<Map<String, Integer>> people = new ArrayList<>();
            for (int q = 0; q < 300; q++) {
                people.add(profiles.participant(qrng));
            }
            cursor[0] = 0;
            IntSupplier indexB2 = () -> vacancies
                    .qualifying(SyntheticProfiles.decimal(people.get(cursor[0]++ % people.size())),
                            0.8)
                    .size();
            double[] indexB2Ms = time(indexB2, 5000, 5000);
            cursor[0] = 0;
            PreparedStatement b2 = db.prepareStatement(B2_SQL);
            IntSupplier pgB2 = () -> reverse(b2, elements, people.get(cursor[0]++ % people.size()));
            double[] pgB2Ms = time(pgB2, 20, 500);

            String report = report(pg.version(), index.size(), skillRows, heapIndex, built / 1_000_000, pgIndexMs,
                    indexB1Ms, pgB1Ms,
                    indexB2Ms, pgB2Ms);
            System.out.println(report);
            Files.writeString(root.resolve("docs/benchmarks/matching-index.md"), report);
        } finally {
            pg.stop();
        }
    }

    /** Reads every skill row back through JDBC into the index, as a start's rebuild does; returns the nanoseconds. */
    static long rebuild(Connection db, SkillIndex index, List<String> elementIds) throws Exception {
        long t = System.nanoTime();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            st.setFetchSize(50_000);
            try (var rows = st.executeQuery("select participant, element, level from participant_skill")) {
                while (rows.next()) {
                    index.put(new UUID(SEED, rows.getInt(1)), elementIds.get(rows.getShort(2)),
                            java.math.BigDecimal.valueOf(rows.getShort(3), 2));
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
        return System.nanoTime() - t;
    }

    static void prepare(Connection db) throws Exception {
        try (Statement st = db.createStatement()) {
            st.execute("drop table if exists participant_skill, vacancy_requirement, vacancy");
            st.execute("create unlogged table participant_skill (participant int not null, element smallint not null,"
                    + " level smallint not null)");
            st.execute("create unlogged table vacancy (vacancy int primary key, required smallint not null)");
            st.execute("create unlogged table vacancy_requirement (vacancy int not null, element smallint not null,"
                    + " level smallint not null)");
            st.execute("set work_mem = '256MB'");
        }
    }

    static void copyIn(Connection db, String table, StringBuilder rows) throws Exception {
        try (Reader reader = new StringReader(rows.toString())) {
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", reader);
        }
        rows.setLength(0);
    }

    static int query(PreparedStatement st, Map<String, Integer> elements, Map<String, Integer> required, int minMet) {
        try {
            st.setArray(1, st.getConnection().createArrayOf("smallint",
                    required.keySet().stream().map(e -> elements.get(e).shortValue()).toArray()));
            st.setArray(2, st.getConnection().createArrayOf("smallint",
                    required.values().stream().map(Integer::shortValue).toArray()));
            st.setInt(3, minMet);
            return count(st);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int reverse(PreparedStatement st, Map<String, Integer> elements, Map<String, Integer> skills) {
        try {
            st.setArray(1, st.getConnection().createArrayOf("smallint",
                    skills.keySet().stream().map(e -> elements.get(e).shortValue()).toArray()));
            st.setArray(2, st.getConnection().createArrayOf("smallint",
                    skills.values().stream().map(Integer::shortValue).toArray()));
            return count(st);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(PreparedStatement st) throws Exception {
        int n = 0;
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    /** Latencies in ms of {@code runs} calls after {@code warmup} unmeasured ones, sorted. */
    /**
     * Times the runs after the warm-up ones (which let the JIT compile the path), starting from a collected heap, so
     * that the garbage of an earlier phase is not collected during this one's runs.
     */
    static double[] time(IntSupplier call, int warmup, int runs) {
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += call.getAsInt();
        }
        System.gc();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            sink += call.getAsInt();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(ms);
        return ms;
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static String report(String postgres, int participants, int skillRows, long heapBytes, long buildMs, long pgIndexMs,
            double[] iB1,
            double[] pB1, double[] iB2, double[] pB2) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        return """
                # Matching index vs PostgreSQL (B1, B2)

                Measured %s by `./mvnw -pl matching-service test -Dtest=ShortlistBench -Dsurefire.failIfNoSpecifiedTests=false`
                (seed %d) on %s, %d cores, Java %s, heap limit %d MiB, %s (embedded, same machine).
                Profiles: synthetic, drawn from O*NET 30.0 (`SyntheticProfiles`): %,d participants, %,d skill rows (%.1f each);
                %,d open vacancies of 8 required skills. Both sides answer the same queries; each timed series follows
                warm-up runs (index: 1,000 for B1, 5,000 for B2; PostgreSQL: 5 and 20) and a collected heap.

                Index: %,d MiB of heap for the participants (measured after GC), rebuilt in %,d ms from PostgreSQL (every
                skill row read back through JDBC and put into the index, as matching-service rebuilds it at start; goal
                ≤ 30 s). Baseline: table `participant_skill`
                (participant, element, level) with a btree on (element, level, participant), built in %,d ms;
                `vacancy_requirement` (vacancy, element, level) with a btree on (element, level, vacancy).

                | query | side | runs | p50 | p99 | max | p99 ratio (PostgreSQL / index) |
                | --- | --- | ---: | ---: | ---: | ---: | ---: |
                | B1 top-50 shortlist (8 skills, ≥ 4 met) | index | %d | %.2f ms | %.2f ms | %.2f ms | |
                | B1 | PostgreSQL | %d | %.1f ms | %.1f ms | %.1f ms | **%.0f×** |
                | B2 one participant vs open vacancies (≥ 80 %%) | index | %d | %.3f ms | %.3f ms | %.3f ms | |
                | B2 | PostgreSQL | %d | %.2f ms | %.2f ms | %.2f ms | **%.0f×** |

                Goals (issue 9): B1 p99 ≤ 10 ms and ≥ 40× PostgreSQL; B2 p99 ≤ 2 ms and ≥ 20× PostgreSQL.
                The SQL of the baseline is `ShortlistBench.B1_SQL` and `B2_SQL`.
                """
                .formatted(Instant.now(), SEED, cpu, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                        postgres.replaceAll(" on .*", ""),
                        participants, skillRows, (double) skillRows / participants, VACANCIES, heapBytes >> 20, buildMs,
                        pgIndexMs, iB1.length, pct(iB1, .5), pct(iB1, .99), iB1[iB1.length - 1], pB1.length,
                        pct(pB1, .5),
                        pct(pB1, .99), pB1[pB1.length - 1], pct(pB1, .99) / pct(iB1, .99), iB2.length, pct(iB2, .5),
                        pct(iB2, .99), iB2[iB2.length - 1], pB2.length, pct(pB2, .5), pct(pB2, .99),
                        pB2[pB2.length - 1],
                        pct(pB2, .99) / pct(iB2, .99));
    }
}
