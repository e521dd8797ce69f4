package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.matching.match.application.ProposeCandidates;
import org.rungs.testing.EventSamples;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * During a vacancy's internal-first window only the employer's incumbent workers are proposed; once it has passed,
 * everyone who fits.
 */
@QuarkusTest
class InternalFirstTest {

    static final String SERVICE = "2.B.3.e"; // Programming: no other test of this module asks for it

    @Inject
    ProposeCandidates proposeCandidates;

    static String hired(UUID participant, UUID employer) {
        UUID employment = UUID.randomUUID();
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.HIRE_RECORDED).deepCopy();
        data.put("employmentId", employment.toString());
        data.put("participantId", participant.toString());
        data.put("employerId", employer.toString());
        return Feed.send(EmployerEvents.HIRE_RECORDED, employment, data);
    }

    static String opened(UUID vacancy, UUID employer, LocalDate internalFirstUntil) {
        ObjectNode data = Feed.openedData(vacancy, employer, Map.of(SERVICE, "3"));
        data.put("internalFirstUntil", internalFirstUntil.toString());
        return Feed.send(EmployerEvents.VACANCY_OPENED, vacancy, data);
    }

    @Test
    void untilTheWindowPassesOnlyIncumbentsAreProposed() {
        UUID employer = UUID.randomUUID();
        UUID incumbent = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        for (UUID p : new UUID[]{incumbent, outsider, elsewhere}) {
            Feed.awaitApplied(Feed.enrolled(p, "eastside-works", true), Feed.skill(p, SERVICE, "4"));
        }
        Feed.awaitApplied(hired(incumbent, employer), hired(elsewhere, UUID.randomUUID()));
        LocalDate today = LocalDate.now();
        UUID vacancy = UUID.randomUUID();

        Feed.awaitApplied(opened(vacancy, employer, today.plusDays(5)));
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), incumbent, outsider, elsewhere)))
                .containsExactly(incumbent.toString());

        UUID late = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(late, "eastside-works", true), Feed.skill(late, SERVICE, "5"));
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), late)))
                .as("a participant who is not an incumbent is not weighed during the window").isEmpty();

        assertThat(proposeCandidates.internalFirstPassed(today.plusDays(5))).as("the window's last day").isZero();
        assertThat(proposeCandidates.internalFirstPassed(today.plusDays(6))).isEqualTo(1);
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), incumbent, outsider, elsewhere, late)))
                .containsExactlyInAnyOrder(incumbent.toString(), outsider.toString(), elsewhere.toString(),
                        late.toString());
        assertThat(proposeCandidates.internalFirstPassed(today.plusDays(7))).as("once").isZero();
    }

    @Test
    void aWindowThatPassedBeforeTheVacancyWasReadProposesEveryone() {
        UUID employer = UUID.randomUUID();
        UUID outsider = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(outsider, "eastside-works", true), Feed.skill(outsider, SERVICE, "4"));
        UUID vacancy = UUID.randomUUID();

        Feed.awaitApplied(opened(vacancy, employer, LocalDate.now().minusDays(1)));

        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy), outsider)))
                .containsExactly(outsider.toString());
    }
}
