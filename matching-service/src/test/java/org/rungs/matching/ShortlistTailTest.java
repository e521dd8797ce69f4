package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Sql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;

/**
 * How each shortlist ends (its size and the match that ranks last) is kept with every write of its matches, so that the
 * participant feed reads it instead of the matches: it always equals what the matches say.
 */
@QuarkusTest
class ShortlistTailTest {

    // elements no other test's participant holds, so that only this test's participants are proposed
    static final String PERSUASION = "2.B.1.d";
    static final String OPERATIONS_ANALYSIS = "2.B.2.i";

    static final String TAIL = "select size || '/' || last_participant_id || '/' || last_rank from shortlist_tail"
            + " where vacancy_id = ?";

    /** Vacancies whose kept tail differs from the one their matches give (or that have one without matches). */
    static final String DIFFERING = """
            select count(*) from (
              select v.vacancy_id, v.size, l.participant_id, l.score, l.rank
                from (select vacancy_id, count(*) as size from vacancy_match group by vacancy_id) v
                cross join lateral (select m.participant_id, m.score, m.rank from vacancy_match m
                                     where m.vacancy_id = v.vacancy_id
                                     order by m.rank, m.participant_id desc limit 1) l) computed
              full join shortlist_tail t on t.vacancy_id = computed.vacancy_id
             where t.vacancy_id is null or computed.vacancy_id is null or t.size <> computed.size
                or t.last_participant_id <> computed.participant_id or t.last_rank <> computed.rank
                or t.last_score <> computed.score""";

    @Test
    void theTailFollowsProposalsRankChangesWithdrawalsAndTheVacancysClosing() {
        AgroalDataSource db = Arc.container().instance(AgroalDataSource.class).get();
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, employer, Map.of(PERSUASION, "4", OPERATIONS_ANALYSIS, "4")));
        // ids in text order, so that ties of rank are broken predictably
        UUID first = UUID.fromString("00000000-0000-4000-8000-" + "%012d".formatted(System.nanoTime() % 1_000_000));
        UUID second = UUID.fromString("10000000-0000-4000-8000-" + first.toString().substring(24));
        UUID third = UUID.fromString("20000000-0000-4000-8000-" + first.toString().substring(24));
        Feed.awaitApplied(Feed.enrolled(first, "northside", true), Feed.skill(first, PERSUASION, "5"),
                Feed.skill(first, OPERATIONS_ANALYSIS, "5"), Feed.enrolled(second, "northside", true),
                Feed.skill(second, PERSUASION, "4"), Feed.enrolled(third, "northside", true),
                Feed.skill(third, PERSUASION, "3"), Feed.skill(third, OPERATIONS_ANALYSIS, "4"));
        assertThat(tail(db, vacancy)).startsWith("3/" + second);
        assertThat(differing(db)).isZero();

        // the last grows past the third, to the first's rank (every level reached): the third ranks last
        Feed.awaitApplied(Feed.skill(second, OPERATIONS_ANALYSIS, "6"), Feed.skill(second, PERSUASION, "6"));
        assertThat(tail(db, vacancy)).startsWith("3/" + third);
        assertThat(differing(db)).isZero();

        Feed.awaitApplied(Feed.consent(third, false, Map.of()));
        assertThat(tail(db, vacancy)).as("of equal ranks, the later id ranks last").startsWith("2/" + second);
        assertThat(differing(db)).isZero();

        Feed.awaitApplied(Feed.closed(vacancy, employer));
        assertThat(Sql.number(db, "select count(*) from shortlist_tail where vacancy_id = ?", vacancy)).isZero();
        assertThat(differing(db)).isZero();
    }

    static String tail(AgroalDataSource db, UUID vacancy) {
        try (var c = db.getConnection(); var s = c.prepareStatement(TAIL)) {
            s.setObject(1, vacancy);
            try (var rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : "none";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long differing(AgroalDataSource db) {
        return Sql.number(db, DIFFERING);
    }
}
