package org.rungs.participant.participant.domain;

import java.security.SecureRandom;

/**
 * PIRL 100, the Unique Individual Identifier: 12 characters of Crockford's base 32 (no I, L, O or U), a letter first,
 * so it can never be, or be mistaken for, a Social Security number.
 */
public final class PirlIdentifier {

    public static final int LENGTH = 12;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PirlIdentifier() {
    }

    public static String next() {
        StringBuilder id = new StringBuilder(LENGTH);
        id.append(ALPHABET.charAt(10 + RANDOM.nextInt(ALPHABET.length() - 10)));
        for (int i = 1; i < LENGTH; i++) {
            id.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return id.toString();
    }
}
