package org.rungs.employer;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Architecture;
import org.rungs.testing.ProblemCoverage;

/** The layers, the clock and the absence of package cycles (docs/architecture.md); every domain error answered. */
class ArchitectureTest {

    @Test
    void keepsTheLayers() {
        Architecture.verify("org.rungs.employer");
    }

    @Test
    void answersEveryDomainErrorWithADocumentedProblemType() {
        ProblemCoverage.verify("org.rungs.employer", Path.of("../docs/errors.md"));
    }
}
