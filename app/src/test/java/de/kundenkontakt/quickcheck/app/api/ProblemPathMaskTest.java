package de.kundenkontakt.quickcheck.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.assessment.AccessToken;
import org.junit.jupiter.api.Test;

class ProblemPathMaskTest {

    @Test
    void cutsEveryTokenOfAPathToItsFirstSixCharacters() {
        String view = AccessToken.generate().value();
        String other = AccessToken.generate().value();
        assertThat(ApiExceptionHandler.mask("/api/v1/assessments/" + view + "/export.csv"))
                .isEqualTo("/api/v1/assessments/" + view.substring(0, 6) + "…/export.csv");
        assertThat(ApiExceptionHandler.mask("/a/" + view + "/" + other))
                .isEqualTo("/a/" + view.substring(0, 6) + "…/" + other.substring(0, 6) + "…");
    }

    @Test
    void cutsMistypedTokensToo() {
        String token = AccessToken.generate().value();
        assertThat(ApiExceptionHandler.mask("/api/v1/assessments/" + token.substring(0, 30) + "!%21"))
                .isEqualTo("/api/v1/assessments/" + token.substring(0, 6) + "…");
    }

    @Test
    void leavesOrdinaryPathsAlone() {
        for (String path : new String[] {"/api/v1/evaluations", "/api/v1/catalogs/2022", "/api/v1/assessments",
            "/api/v1/assessments/kurz/export.csv"}) {
            assertThat(ApiExceptionHandler.mask(path)).isEqualTo(path);
        }
    }
}
