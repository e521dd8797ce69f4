package org.rungs.reporting;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Architecture;
import org.rungs.testing.ProblemCoverage;

/** The layers, the clock and the absence of package cycles (docs/architecture.md); every domain error answered. */
class ArchitectureTest {

    @Test
    void keepsTheLayers() {
        Architecture.verify("org.rungs.reporting");
    }

    @Test
    void answersEveryDomainErrorWithADocumentedProblemType() {
        ProblemCoverage.verify("org.rungs.reporting", Path.of("../docs/errors.md"));
    }
}
