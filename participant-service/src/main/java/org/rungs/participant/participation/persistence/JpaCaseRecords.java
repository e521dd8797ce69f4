package org.rungs.participant.participation.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.participant.participation.domain.ExitRule;
import org.rungs.participant.participation.domain.ParticipantExit;
import org.rungs.participant.participation.domain.ServiceRecord;

@ApplicationScoped
public class JpaCaseRecords implements CaseRecords {

    private final EntityManager em;

    public JpaCaseRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ServiceRecord service) {
        em.persist(service);
    }

    @Override
    public void add(Exclusion exclusion) {
        em.persist(exclusion);
    }

    @Override
    public void add(ParticipantExit exit) {
        em.persist(exit);
    }

    @Override
    public Optional<ServiceRecord> service(UUID participantId, UUID serviceId) {
        return Optional.ofNullable(em.find(ServiceRecord.class, serviceId))
                .filter(s -> s.participantId().equals(participantId));
    }

    @Override
    public List<ServiceRecord> services(UUID participantId) {
        return em.createQuery(
                """
                        from ServiceRecord s where s.participantId = :participant order by s.date desc, s.recordedAt desc, s.id""",
                ServiceRecord.class).setParameter("participant", participantId).getResultList();
    }

    @Override
    public List<Exclusion> exclusions(UUID participantId) {
        return em.createQuery("""
                from Exclusion e where e.participantId = :participant order by e.date, e.recordedAt, e.id""",
                Exclusion.class).setParameter("participant", participantId).getResultList();
    }

    @Override
    public List<ParticipantExit> exits(UUID participantId) {
        return em.createQuery("""
                from ParticipantExit x where x.participantId = :participant order by x.exitDate""",
                ParticipantExit.class).setParameter("participant", participantId).getResultList();
    }

    /**
     * Each counted service followed by a gap the rule would end a period on (or by none), 90 days old by the day, and
     * not yet announced. The rule itself decides; this only narrows the participants to evaluate.
     */
    @Override
    public List<UUID> mayHaveExitedBy(LocalDate day, int limit) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                with counted as (
                    select participant_id, service_date,
                           lead(service_date) over w as next_date, lead(logged_on) over w as next_logged
                      from service_record
                     where cancelled_at is null and kind in ('CAREER_SERVICE', 'TRAINING', 'SUPPORT_SERVICE')
                    window w as (partition by participant_id order by service_date, logged_on))
                select distinct c.participant_id
                  from counted c
                 where c.service_date + :days <= :day
                   and (c.next_date is null
                        or (c.next_date > c.service_date + :days and c.next_logged > c.service_date + :days))
                   and not exists (select 1 from participant_exit x
                                    where x.participant_id = c.participant_id and x.exit_date = c.service_date)
                 limit :limit""", UUID.class).setParameter("days", ExitRule.DAYS).setParameter("day", day)
                .setParameter("limit", limit).getResultList();
        return ids;
    }
}
