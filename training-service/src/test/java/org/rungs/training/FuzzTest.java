package org.rungs.training;

import static org.assertj.core.api.Assertions.assertThat;

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
        String provider = ProviderResourceTest.createProvider("Fuzzy College", "college");
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/providers", """
                    {"id":"3c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","name":"Harbor Skills Center","kind":"private",
                     "contactEmail":"skills@harbor.example.org"}""").probe(ProviderResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/providers/" + provider + "/programs", ProgramResourceTest.LPN)
                    .probe(ProviderResourceTest.ADMIN);
            Fuzz.uriTooLong("/programs", ProviderResourceTest.ADMIN);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }
}
