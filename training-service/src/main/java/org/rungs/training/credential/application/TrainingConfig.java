package org.rungs.training.credential.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** training-service's own settings ({@code rungs.training.*}). */
@ConfigMapping(prefix = "rungs.training")
public interface TrainingConfig {

    /**
     * The network's URL as the issuer of credentials (its profile); the JWKS is at {@code <url>/.well-known/jwks.json}.
     */
    @WithDefault("http://localhost:8084")
    String issuerUrl();

    /** The network's name, as credentials show their issuer. */
    @WithDefault("Rungs regional workforce network")
    String issuerName();
}
