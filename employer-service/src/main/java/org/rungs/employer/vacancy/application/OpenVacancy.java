package org.rungs.employer.vacancy.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.ladder.domain.Rung;
import org.rungs.employer.vacancy.domain.Shift;
import org.rungs.employer.vacancy.domain.UnknownVacancy;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyRefused;
import org.rungs.spine.outbox.Outbox;

/**
 * Employer staff (or a network admin) post a vacancy, at a rung of a published ladder or at none; opened at once
 * ({@code vacancy.opened.v1}) or kept as a draft.
 */
@ApplicationScoped
public class OpenVacancy {

    /**
     * A vacancy to post. At a rung ({@code ladderId} and {@code rungId} both given) the occupation may be left out: the
     * rung's is taken. Without {@code internalFirstUntil}, a hiring agreement in force that covers the rung sets it:
     * the day it opens plus the agreement's internal-first days. A draft is kept without announcing it. A vacancy that
     * opened on an earlier day ({@code openedOn}, when records are entered late or moved from another system) is
     * announced with that day.
     */
    public record Command(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
            BigDecimal hourlyWage, int openings, Shift shift, UUID ladderId, UUID rungId,
            LocalDate internalFirstUntil, boolean draft, LocalDate openedOn) {

        public Command(UUID employerId, String title, String occupationCode, List<RequiredSkill> requiredSkills,
                BigDecimal hourlyWage, int openings, Shift shift) {
            this(employerId, title, occupationCode, requiredSkills, hourlyWage, openings, shift, null, null, null,
                    false, null);
        }
    }

    private final Vacancies vacancies;
    private final Employers employers;
    private final Ladders ladders;
    private final Agreements agreements;
    private final Outbox outbox;
    private final Clock clock;

    public OpenVacancy(Vacancies vacancies, Employers employers, Ladders ladders, Agreements agreements, Outbox outbox,
            Clock clock) {
        this.vacancies = vacancies;
        this.employers = employers;
        this.ladders = ladders;
        this.agreements = agreements;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Vacancy open(Command command) {
        if (!employers.exists(command.employerId())) {
            throw new UnknownEmployer(command.employerId());
        }
        LocalDate today = LocalDate.now(clock);
        Vacancy.RungPlacement placement = null;
        String occupation = command.occupationCode();
        LocalDate internalFirstUntil = command.internalFirstUntil();
        if ((command.ladderId() == null) != (command.rungId() == null)) {
            throw new VacancyRefused(Map.of(command.ladderId() == null ? "ladderId" : "rungId",
                    "is required with " + (command.ladderId() == null ? "rungId" : "ladderId")));
        }
        if (command.rungId() != null) {
            Rung rung = ladders.byId(command.ladderId()).flatMap(l -> l.publishedRung(command.rungId()))
                    .filter(r -> r.jobTitleAt(command.employerId()).isPresent())
                    .orElseThrow(() -> new VacancyRefused(Map.of("rungId",
                            "is not a rung of a published ladder that this employer hires into")));
            if (occupation != null && !occupation.equals(rung.occupationCode())) {
                throw new VacancyRefused(Map.of("occupationCode", "is not the rung's occupation ("
                        + rung.occupationCode() + ")"));
            }
            occupation = rung.occupationCode();
            placement = new Vacancy.RungPlacement(command.ladderId(), rung.id(), rung.tier());
            LocalDate opens = command.openedOn() == null ? today : command.openedOn();
            var binding = agreements.inForce(command.employerId(), opens).stream()
                    .filter(a -> a.wageFloor(rung.id()).isPresent()).toList();
            LocalDate window = binding.stream().filter(a -> a.internalFirstDays() > 0)
                    .map(a -> opens.plusDays(a.internalFirstDays())).max(LocalDate::compareTo).orElse(null);
            Map<String, String> refused = new LinkedHashMap<>();
            if (internalFirstUntil == null && !command.draft()) {
                internalFirstUntil = window;
            } else if (window != null && internalFirstUntil.isBefore(window) && !command.draft()) {
                refused.put("internalFirstUntil", "is before " + window + ": the employer's hiring agreement offers "
                        + "a vacancy at this rung to incumbents first until then");
            }
            binding.stream().filter(a -> a.wageFloor(rung.id()).orElseThrow().compareTo(command.hourlyWage()) > 0)
                    .findFirst().ifPresent(a -> refused.put("hourlyWage", "is below the wage floor of "
                            + a.wageFloor(rung.id()).orElseThrow() + " that agreement " + a.id()
                            + " sets for this rung"));
            if (!refused.isEmpty()) {
                throw new VacancyRefused(refused);
            }
        }
        if (occupation == null) {
            throw new VacancyRefused(Map.of("occupationCode", "is required when the vacancy is at no rung"));
        }
        if (command.openedOn() != null && command.openedOn().isAfter(today)) {
            throw new VacancyRefused(Map.of("openedOn", "is in the future"));
        }
        if (command.openedOn() != null && command.draft()) {
            throw new VacancyRefused(Map.of("openedOn", "is for a vacancy that opened already, not a draft"));
        }
        if (internalFirstUntil != null && internalFirstUntil.isBefore(command.openedOn() == null
                ? today
                : command.openedOn())) {
            throw new VacancyRefused(Map.of("internalFirstUntil", "is before the vacancy opened"));
        }
        var terms = new Vacancy.Terms(command.employerId(), command.title(), occupation, command.requiredSkills(),
                command.hourlyWage(), command.openings(), command.shift(), placement, internalFirstUntil);
        Vacancy vacancy = command.draft()
                ? Vacancy.draft(terms, clock)
                : command.openedOn() != null
                        ? Vacancy.openedOn(terms, command.openedOn(), clock)
                        : Vacancy.open(terms, clock);
        vacancies.add(vacancy);
        outbox.publish(vacancy);
        return vacancy;
    }

    /**
     * A drafted vacancy opens ({@code vacancy.opened.v1}); at a rung a hiring agreement in force covers, its
     * internal-first window runs at least the agreement's days from today.
     */
    @Transactional
    public Vacancy openDraft(UUID vacancyId) {
        Vacancy vacancy = vacancies.byIdForChange(vacancyId).orElseThrow(() -> new UnknownVacancy(vacancyId));
        LocalDate today = LocalDate.now(clock);
        LocalDate window = vacancy.rungId() == null
                ? null
                : agreements.inForce(vacancy.employerId(), today).stream()
                        .filter(a -> a.wageFloor(vacancy.rungId()).isPresent() && a.internalFirstDays() > 0)
                        .map(a -> today.plusDays(a.internalFirstDays())).max(LocalDate::compareTo).orElse(null);
        vacancy.open(clock, window);
        outbox.publish(vacancy);
        return vacancy;
    }
}
