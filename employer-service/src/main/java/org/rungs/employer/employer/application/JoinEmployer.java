package org.rungs.employer.employer.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.EmployerAlreadyExists;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.SizeBand;
import org.rungs.spine.outbox.Outbox;

/** A network admin brings an employer into the network, which is announced ({@code employer.joined.v1}). */
@ApplicationScoped
public class JoinEmployer {

    /** {@code id} may be given by a partner system that already identifies the employer; else one is made. */
    public record Command(UUID id, String name, String naicsCode, SizeBand sizeBand) {
    }

    private final Employers employers;
    private final Outbox outbox;
    private final Clock clock;

    public JoinEmployer(Employers employers, Outbox outbox, Clock clock) {
        this.employers = employers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Employer join(Command command) {
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        if (employers.exists(id)) {
            throw new EmployerAlreadyExists(id);
        }
        Employer employer = Employer.join(id, command.name(), command.naicsCode(), command.sizeBand(), clock);
        employers.add(employer);
        outbox.publish(employer);
        return employer;
    }
}
