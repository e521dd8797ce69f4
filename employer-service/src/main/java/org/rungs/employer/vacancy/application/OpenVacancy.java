package org.rungs.employer.vacancy.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.vacancy.domain.RequiredSkill;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.outbox.Outbox;

/** Employer staff (or a network admin) open a vacancy, announced as {@code vacancy.opened.v1}. */
@ApplicationScoped
public class OpenVacancy {

    public record Command(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
            BigDecimal hourlyWage, int openings, Shift shift) {
    }

    private final Vacancies vacancies;
    private final Employers employers;
    private final Outbox outbox;
    private final Clock clock;

    public OpenVacancy(Vacancies vacancies, Employers employers, Outbox outbox, Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Vacancy open(Command command) {
        if (!employers.exists(command.employerId())) {
            throw new UnknownEmployer(command.employerId());
        }
        Vacancy vacancy = Vacancy.open(command.employerId(), command.title(), command.occupationCode(),
                command.requiredSkills(), command.hourlyWage(), command.openings(), command.shift(), clock);
        vacancies.add(vacancy);
        outbox.publish(vacancy);
        return vacancy;
    }
}
