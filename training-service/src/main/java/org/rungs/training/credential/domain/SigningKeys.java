package org.rungs.training.credential.domain;

import java.util.List;
import java.util.Optional;

/** The network's credential signing keys; the newest signs. */
public interface SigningKeys {

    /** The newest key, the store locked against a second instance creating one at the same time. */
    Optional<SigningKey> currentLocked();

    Optional<SigningKey> current();

    /** Every key, newest first: credentials signed by an older key still verify. */
    List<SigningKey> all();

    void add(SigningKey key);
}
