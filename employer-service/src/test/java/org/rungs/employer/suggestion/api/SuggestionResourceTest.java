package org.rungs.employer.suggestion.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.employer.suggestion.domain.UnknownOccupation;
import org.rungs.spine.problem.Problem;
import org.rungs.spine.problem.ProblemCatalog;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;
import org.rungs.spine.problem.Violation;

/** The resource's own checks and answers, called directly (no HTTP; Bean Validation of {@code limit} not run). */
class SuggestionResourceTest {

    final SuggestionResource resource = new SuggestionResource();

    @Test
    void aMissingOrMalformedFromIsA400NamingFrom() {
        for (String from : new String[]{null, "", "  ", "31-1122", "3310", "nurse"}) {
            assertThatThrownBy(() -> resource.suggest(from, "10")).isInstanceOfSatisfying(ProblemException.class,
                    e -> {
                        Problem p = e.toProblem("/ladders/suggestions");
                        assertThat(p.status()).isEqualTo(400);
                        assertThat(p.type()).isEqualTo(ProblemTypes.VALIDATION);
                        assertThat(p.violations()).extracting(Violation::field).containsExactly("from");
                    });
        }
    }

    @Test
    void aWellFormedUnknownCodeIsA404UnknownOccupation() {
        ProblemCatalog catalog = new ProblemCatalog();
        new SuggestionProblems().register(catalog);

        assertThatThrownBy(() -> resource.suggest("99-9999.99", "10")).isInstanceOfSatisfying(UnknownOccupation.class,
                e -> {
                    ProblemException answer = catalog.answer(e).orElseThrow();
                    assertThat(answer.status()).isEqualTo(404);
                    assertThat(answer.type()).isEqualTo("urn:rungs:problem:unknown-occupation");
                });
    }

    @Test
    void answersWithTheOriginTheSuggestionsAndTheAttribution() {
        SuggestionsResponse onet = resource.suggest("31-1122.00", "3");
        assertThat(onet.fromTitle()).isEqualTo("Personal Care Aides");
        assertThat(onet.taxonomy()).isEqualTo("onet-soc");
        assertThat(onet.fromJobZone()).isEqualTo(2);
        assertThat(onet.fromWages().oewsCode()).isEqualTo("31-1120");
        assertThat(onet.suggestions()).extracting(SuggestionResponse::code)
                .containsExactly("31-1131.00", "29-2061.00", "31-1133.00");
        assertThat(onet.suggestions().get(0).taxonomy()).isEqualTo("onet-soc");
        assertThat(onet.attribution()).contains("O*NET 30.0", "CC BY 4.0", "OEWS", "May 2024")
                .doesNotContain("Statistics Canada");

        SuggestionsResponse noc = resource.suggest("33102", "50");
        assertThat(noc.taxonomy()).isEqualTo("noc-2021");
        assertThat(noc.fromTeer()).isEqualTo(3);
        assertThat(noc.fromOnetProxy()).isEqualTo("31-1131.00");
        assertThat(noc.suggestions()).hasSize(18);
        assertThat(noc.attribution()).contains("O*NET 30.0", "OEWS", "Statistics Canada", "NOC", "2021",
                "O*NET (2019) to NOC (2021) mapping");
        assertThat(List.of(noc.suggestions().get(0).taxonomy())).containsExactly("noc-2021");
    }
}
