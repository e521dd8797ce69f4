package org.rungs.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rungs.participant.Fixtures.enrol;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every write endpoint refuses each class of bad input with a 4xx problem naming the field, and writes nothing. */
@QuarkusTest
class FuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndWritesNothing() {
        String agency = newAgency("eastside-works");
        String participant = enrol(agency, false);
        String navigator = navigator(agency);
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/participants", ParticipantResourceTest.MARIA).probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/skills", SkillResourceTest.READING)
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("PUT", "/participants/" + participant + "/consent", ConsentResourceTest.GRANT)
                    .probe(navigator);
            Fuzz.uriTooLong("/participants", navigator);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }
}
