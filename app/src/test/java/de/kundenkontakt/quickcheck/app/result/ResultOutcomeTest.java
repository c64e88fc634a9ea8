package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.app.result.ResultView.Outcome;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a result may claim when the answers do not differ: no "best" touchpoint, or no basis at all. */
class ResultOutcomeTest {

    private static ResultView view(String catalog, String code, Locale locale) {
        var answers = ResultCode.decode(Catalogs.builtIn(), catalog, code);
        return ResultView.of(answers.catalog().evaluate(answers), locale);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "2022 | 33333333333333 | UNIFORM | sehr wichtig | 100,0\u00a0%",
        "2022 | 22222222222222 | UNIFORM | wichtig | 66,7\u00a0%",
        "2022 | 11111111111111 | UNIFORM | weniger wichtig | 33,3\u00a0%",
        "2022 | 00000000000000 | NO_BASIS | unwichtig | 0,0\u00a0%",
        "2020 | 00000000000000 | NO_BASIS | unwichtig | 0,0\u00a0%",
    })
    void equalAnswersGiveEveryTouchpointTheSamePlaceAndNoBestOne(
            String catalog, String code, Outcome outcome, String level, String percent) {
        ResultView view = view(catalog, code, Locale.GERMAN);

        assertThat(view.outcome()).isEqualTo(outcome);
        assertThat(view.ranked()).isFalse();
        assertThat(view.commonLevel()).isEqualTo(level);
        assertThat(view.ranking()).allSatisfy(row -> {
            assertThat(row.percent()).isEqualTo(percent);
            assertThat(row.place()).isEqualTo(1);
        });
        assertThat(view.leaders()).hasSameSizeAs(view.ranking());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"32103210321032", "33333333333332", "00000000000001"})
    void answersThatDifferAreRanked(String code) {
        ResultView view = view("2022", code, Locale.ENGLISH);

        assertThat(view.outcome()).isEqualTo(Outcome.RANKED);
        assertThat(view.commonLevel()).isNull();
        assertThat(view.leaders()).isNotEmpty().allSatisfy(row -> assertThat(row.percent()).isEqualTo(view.best().percent()));
    }

    @org.junit.jupiter.api.Test
    void equalPercentagesShareTheirPlaceAndTheNextPlaceCountsThem() {
        ResultView view = view("2022", "32103210321032", Locale.GERMAN);

        for (int i = 0; i < view.ranking().size(); i++) {
            ResultView.Row row = view.ranking().get(i);
            long higher = view.ranking().stream().filter(r -> r.percentValue().compareTo(row.percentValue()) > 0).count();
            assertThat(row.place()).as(row.touchpointId()).isEqualTo((int) higher + 1);
            assertThat(row.rank()).isEqualTo(i + 1);
        }
    }
}
