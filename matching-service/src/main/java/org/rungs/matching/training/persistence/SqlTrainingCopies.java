package org.rungs.matching.training.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.training.CohortCancelled;
import org.rungs.contracts.training.CohortScheduled;
import org.rungs.contracts.training.CredentialAwarded;
import org.rungs.contracts.training.EnrolmentChanged;
import org.rungs.contracts.training.ProgramPublished;
import org.rungs.matching.training.domain.TrainingCopies;
import org.rungs.spine.events.EventJson;

import com.fasterxml.jackson.core.JsonProcessingException;

/** The training copy in plain SQL; every write is an upsert, so an event applied again changes nothing. */
@ApplicationScoped
public class SqlTrainingCopies implements TrainingCopies {

    private final EntityManager em;

    public SqlTrainingCopies(EntityManager em) {
        this.em = em;
    }

    @FunctionalInterface
    private interface Binder {

        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    private void execute(String sql, Binder binder) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                binder.bind(connection, s);
                s.executeUpdate();
            }
        });
    }

    @Override
    public void program(ProgramPublished p) {
        execute("""
                insert into program (id, provider_id, title, credential, credential_type, duration_weeks, cost,
                                     skills_taught, entry_skills, prerequisites, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                on conflict (id) do update set provider_id = excluded.provider_id, title = excluded.title,
                       credential = excluded.credential, credential_type = excluded.credential_type,
                       duration_weeks = excluded.duration_weeks, cost = excluded.cost,
                       skills_taught = excluded.skills_taught, entry_skills = excluded.entry_skills,
                       prerequisites = excluded.prerequisites, published_at = excluded.published_at
                 where program.published_at <= excluded.published_at""", (c, s) -> {
            s.setObject(1, p.programId());
            s.setObject(2, p.providerId());
            s.setString(3, p.title());
            s.setString(4, p.credential());
            s.setString(5, p.credentialType());
            s.setInt(6, p.durationWeeks());
            s.setBigDecimal(7, p.cost());
            s.setString(8, json(p.skillsTaught()));
            s.setString(9, json(p.entrySkills() == null ? List.of() : p.entrySkills()));
            s.setArray(10, c.createArrayOf("uuid",
                    (p.prerequisitePrograms() == null ? List.of() : p.prerequisitePrograms()).toArray()));
            s.setTimestamp(11, Timestamp.from(p.publishedAt()));
        });
    }

    @Override
    public void cohortScheduled(CohortScheduled c) {
        execute("""
                insert into cohort (id, program_id, start_date, end_date, meeting_days, start_time, end_time,
                                    delivery_mode, seats, cost)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do nothing""", (connection, s) -> {
            s.setObject(1, c.cohortId());
            s.setObject(2, c.programId());
            s.setObject(3, c.startDate());
            s.setObject(4, c.endDate());
            s.setArray(5, connection.createArrayOf("text", c.meetingDays().toArray()));
            s.setTime(6, c.startTime() == null ? null : Time.valueOf(c.startTime()));
            s.setTime(7, c.endTime() == null ? null : Time.valueOf(c.endTime()));
            s.setString(8, c.deliveryMode());
            s.setInt(9, c.seats());
            s.setBigDecimal(10, c.costToParticipant());
        });
    }

    @Override
    public void cohortCancelled(CohortCancelled c) {
        execute("update cohort set cancelled = true where id = ?", (connection, s) -> s.setObject(1, c.cohortId()));
    }

    @Override
    public void enrolment(EnrolmentChanged e) {
        execute("""
                insert into cohort_enrolment (enrolment_id, participant_id, cohort_id, status, changed_at)
                values (?, ?, ?, ?, ?)
                on conflict (enrolment_id) do update set status = excluded.status, changed_at = excluded.changed_at
                 where cohort_enrolment.changed_at <= excluded.changed_at""", (c, s) -> {
            s.setObject(1, e.enrolmentId());
            s.setObject(2, e.participantId());
            s.setObject(3, e.cohortId());
            s.setString(4, e.status());
            s.setTimestamp(5, Timestamp.from(e.changedAt()));
        });
    }

    @Override
    public void credential(CredentialAwarded a) {
        execute("""
                insert into participant_credential (credential_id, participant_id, program_id, title, awarded_on)
                values (?, ?, ?, ?, ?) on conflict (credential_id) do nothing""", (c, s) -> {
            s.setObject(1, a.credentialId());
            s.setObject(2, a.participantId());
            s.setObject(3, a.programId());
            s.setString(4, a.title());
            s.setObject(5, a.awardedOn());
        });
    }

    private static String json(List<SkillLevel> skills) {
        try {
            return EventJson.mapper().writeValueAsString(skills);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
