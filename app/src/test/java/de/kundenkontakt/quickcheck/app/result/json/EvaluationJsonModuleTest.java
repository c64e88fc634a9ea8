package de.kundenkontakt.quickcheck.app.result.json;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.GoldenCases;
import de.kundenkontakt.quickcheck.app.api.json.ApiJson;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The direct writer gives exactly the bytes of Jackson's own record serialisation. */
class EvaluationJsonModuleTest {

    private static final JsonMapper RECORDS = ApiJson.mapper();
    private static final JsonMapper DIRECT = ApiJson.mapper().rebuild().addModule(new EvaluationJsonModule()).build();
    private static final JsonMapper PLAIN_RECORDS = JsonMapper.builder().build();
    private static final JsonMapper PLAIN_DIRECT = JsonMapper.builder().addModule(new EvaluationJsonModule()).build();

    @Test
    void writesTheSameBytesAsTheRecordsForEveryGoldenCaseInBothLanguagesFullAndCompact() {
        int compared = 0;
        for (GoldenCases.Case each : GoldenCases.all()) {
            for (Locale locale : List.of(Locale.GERMAN, Locale.ENGLISH)) {
                for (EvaluationResponse response : List.of(
                        EvaluationJson.of(each.evaluate(), locale), EvaluationJson.ranking(each.evaluate(), locale))) {
                    assertThat(DIRECT.writeValueAsBytes(response))
                            .as(each + " " + locale)
                            .isEqualTo(RECORDS.writeValueAsBytes(response));
                    assertThat(PLAIN_DIRECT.writeValueAsString(response))
                            .isEqualTo(PLAIN_RECORDS.writeValueAsString(response));
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(4);
    }

    @Test
    void isAJacksonModuleThatWritesEvaluationResponsesOnly() {
        EvaluationResponse response = EvaluationJson.of(GoldenCases.all().get(0).evaluate(), Locale.GERMAN);
        String written = DIRECT.writeValueAsString(response);

        assertThat(DIRECT.registeredModules()).anyMatch(m -> m instanceof EvaluationJsonModule);
        assertThat(written).startsWith("{\"catalog\":\"2022\",\"language\":\"de\",\"ranking\":[{\"rank\":1,");
        assertThat(DIRECT.writeValueAsString(response.ranking().get(0)))
                .isEqualTo(RECORDS.writeValueAsString(response.ranking().get(0)));
    }
}
