package org.rungs.employer.vacancy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.rungs.employer.employer.EmployerRepository;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.SkillLevel;
import org.rungs.spine.events.VacancyClosedEvent;
import org.rungs.spine.events.VacancyOpenedEvent;
import org.rungs.spine.outbox.Outbox;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.Violation;

import io.quarkus.hibernate.orm.panache.Panache;

/** Opens and closes vacancies, announcing each change through the outbox. */
@ApplicationScoped
public class VacancyService {

    private final VacancyRepository vacancies;
    private final EmployerRepository employers;
    private final Outbox outbox;

    public VacancyService(VacancyRepository vacancies, EmployerRepository employers, Outbox outbox) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.outbox = outbox;
    }

    @Transactional
    public Vacancy open(UUID employerId, OpenVacancyRequest request) {
        if (employers.findById(employerId) == null) {
            throw ProblemException.notFound("Employer", employerId);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.requiredSkills().size(); i++) {
            if (!seen.add(request.requiredSkills().get(i).elementId())) {
                throw ProblemException.invalid(List.of(new Violation("requiredSkills[" + i + "].elementId",
                        "is listed more than once")));
            }
        }
        Vacancy v = new Vacancy();
        v.id = UUID.randomUUID();
        v.employerId = employerId;
        v.title = request.title().strip();
        v.occupationCode = request.occupationCode();
        v.requiredSkills = new java.util.ArrayList<>(request.requiredSkills().stream()
                .map(r -> new RequiredSkill(r.elementId(), r.minimumLevel()))
                .toList());
        v.hourlyWage = request.hourlyWage();
        v.openings = request.openings();
        v.shift = request.shift();
        v.status = VacancyStatus.OPEN;
        v.openedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        vacancies.persist(v);
        outbox.record(EventType.VACANCY_OPENED, v.id, v.openedAt, new VacancyOpenedEvent(v.id, v.employerId, v.title,
                v.occupationCode,
                v.requiredSkills.stream().map(s -> new SkillLevel(s.elementId, s.minimumLevel)).toList(),
                v.hourlyWage, v.openings, v.shift.wire(), v.openedAt));
        return v;
    }

    @Transactional
    public Vacancy close(Vacancy vacancy, CloseReason reason) {
        Vacancy v = vacancies.findById(vacancy.id, LockModeType.PESSIMISTIC_WRITE);
        if (v.status == VacancyStatus.CLOSED) {
            throw ProblemException.conflict("Vacancy " + v.id + " is already closed");
        }
        v.status = VacancyStatus.CLOSED;
        v.closeReason = reason;
        v.closedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        outbox.record(EventType.VACANCY_CLOSED, v.id, v.closedAt,
                new VacancyClosedEvent(v.id, v.employerId, reason.wire(), v.closedAt));
        Panache.getEntityManager().flush();
        return v;
    }
}
