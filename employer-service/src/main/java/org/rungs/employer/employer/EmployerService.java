package org.rungs.employer.employer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EmployerJoinedEvent;
import org.rungs.spine.events.EventType;
import org.rungs.spine.outbox.Outbox;
import org.rungs.spine.problem.ProblemException;

/** Brings an employer into the network and announces it ({@code employer.joined.v1}). */
@ApplicationScoped
public class EmployerService {

    private final EmployerRepository employers;
    private final Outbox outbox;

    public EmployerService(EmployerRepository employers, Outbox outbox) {
        this.employers = employers;
        this.outbox = outbox;
    }

    @Transactional
    public Employer join(CreateEmployerRequest request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (employers.findById(id) != null) {
            throw ProblemException.conflict("Employer " + id + " already exists");
        }
        Employer e = new Employer();
        e.id = id;
        e.name = request.name().strip();
        e.naicsCode = request.naicsCode();
        e.sizeBand = request.sizeBand();
        e.joinedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        employers.persist(e);
        outbox.record(EventType.EMPLOYER_JOINED, e.id, e.joinedAt,
                new EmployerJoinedEvent(e.id, e.name, e.naicsCode, e.sizeBand.label(), e.joinedAt));
        return e;
    }
}
