package org.rungs.participant.participant.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that finds one person enrolled at two agencies without comparing their names across agencies: an HMAC-SHA256,
 * under the network's secret salt, of the normalised given and family names and the date of birth. Normalised: accents
 * removed, case folded, everything but letters dropped ("José-Luis O'Neil" and "jose luis oneil" agree). Without a date
 * of birth there is no key.
 */
public final class PersonKey {

    private PersonKey() {
    }

    public static Optional<String> of(String givenName, String familyName, LocalDate dateOfBirth, byte[] salt) {
        if (dateOfBirth == null) {
            return Optional.empty();
        }
        String subject = normalise(givenName) + "|" + normalise(familyName) + "|" + dateOfBirth;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(subject.getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    static String normalise(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}]", "");
    }
}
