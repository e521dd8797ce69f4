package org.rungs.employer;

import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.PostgresTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every test in this module runs against a real PostgreSQL, a real Kafka broker and an OIDC server. */
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
public final class RealInfrastructure {

    private RealInfrastructure() {
    }
}
