package org.rungs.participant.participant.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PersonKeyTest {

    static final byte[] SALT = "network-secret".getBytes(StandardCharsets.UTF_8);
    static final LocalDate BORN = LocalDate.of(1990, 4, 2);

    @Test
    void namesAgreeWhateverTheirAccentsCaseSpacingAndPunctuation() {
        assertThat(PersonKey.of("José-Luis ", "O'Neil", BORN, SALT))
                .isEqualTo(PersonKey.of("jose luis", "ONEIL", BORN, SALT));
        assertThat(PersonKey.normalise(" Zoë  Saint-Aubin ")).isEqualTo("zoesaintaubin");
    }

    @Test
    void anotherPersonAnotherBirthDayOrAnotherSaltGivesAnotherKey() {
        String key = PersonKey.of("Ana", "Reyes", BORN, SALT).orElseThrow();

        assertThat(key).hasSize(64).doesNotContain("ana", "reyes", "1990");
        assertThat(PersonKey.of("Ana", "Reyes", BORN.plusDays(1), SALT)).isNotEqualTo(PersonKey.of("Ana", "Reyes",
                BORN, SALT));
        assertThat(PersonKey.of("Anna", "Reyes", BORN, SALT).orElseThrow()).isNotEqualTo(key);
        assertThat(PersonKey.of("Ana", "Reyes", BORN, "other".getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .isNotEqualTo(key);
    }

    @Test
    void withoutADateOfBirthThereIsNoKey() {
        assertThat(PersonKey.of("Ana", "Reyes", null, SALT)).isEmpty();
    }
}
