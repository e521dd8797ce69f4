package org.rungs.training.credential.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.training.credential.domain.SigningKey;
import org.rungs.training.credential.domain.SigningKeys;

/**
 * The network's credential signing key: made on first use and kept in training-service's database, so credentials
 * signed before a restart still verify. Its public half is published at {@code /.well-known/jwks.json}.
 */
@ApplicationScoped
public class NetworkKey {

    private final SigningKeys keys;
    private final Clock clock;

    public NetworkKey(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /** The key that signs now, made if there is none. */
    @Transactional
    public SigningKey current() {
        return keys.current().orElseGet(() -> keys.currentLocked().orElseGet(() -> {
            SigningKey key = SigningKey.generate(clock.instant());
            keys.add(key);
            return key;
        }));
    }

    /** Every public key, newest first, as JSON Web Keys. */
    @Transactional
    public List<Map<String, String>> publicKeys() {
        current();
        return keys.all().stream().map(SigningKey::publicJwk).toList();
    }
}
