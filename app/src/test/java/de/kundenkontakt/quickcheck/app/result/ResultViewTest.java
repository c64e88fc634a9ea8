package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import de.kundenkontakt.quickcheck.engine.Percent;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultViewTest {

    private static final Catalogs CATALOGS = Catalogs.builtIn();

    private static Evaluation evaluation(String code) {
        var answers = ResultCode.decode(CATALOGS, "2022", code);
        return answers.catalog().evaluate(answers);
    }

    @Test
    void writesPercentWithDecimalCommaInGermanAndPointInEnglish() {
        Percent percent = new Percent(772, 1000);

        assertThat(ResultView.formatPercent(percent, Locale.GERMAN)).isEqualTo("77,2\u00a0%");
        assertThat(ResultView.formatPercent(percent, Locale.ENGLISH)).isEqualTo("77.2%");
        assertThat(ResultView.formatPercent(new Percent(1, 1), Locale.GERMAN)).isEqualTo("100,0\u00a0%");
        assertThat(ResultView.formatPercent(new Percent(0, 1), Locale.ENGLISH)).isEqualTo("0.0%");
    }

    @Test
    void listsEveryTouchpointInRankingOrderWithTheEnginesValues() {
        Evaluation evaluation = evaluation("32103210321032");

        ResultView view = ResultView.of(evaluation, Locale.GERMAN);

        assertThat(view.ranking()).hasSize(23);
        for (int i = 0; i < 23; i++) {
            var expected = evaluation.ranking().get(i);
            var row = view.ranking().get(i);
            assertThat(row.rank()).isEqualTo(i + 1);
            assertThat(row.touchpointId()).isEqualTo(expected.touchpoint().id());
            assertThat(row.name()).isEqualTo(expected.touchpoint().name().de());
            assertThat(row.percentValue()).isEqualTo(expected.percent().rounded());
            assertThat(row.barLength()).isEqualTo(expected.percent().display());
            assertThat(row.recommendation()).isEqualTo(expected.recommendation().label().de());
        }
        assertThat(view.best()).isSameAs(view.ranking().get(0));
    }

    @Test
    void groupsAllTouchpointsByRecommendationHighestFirst() {
        ResultView view = ResultView.of(evaluation("32103210321032"), Locale.ENGLISH);

        assertThat(view.groups()).extracting(ResultView.Group::recommendationId)
                .containsExactly("sehr-empfehlenswert", "empfehlenswert", "bedingt-empfehlenswert", "eher-uninteressant");
        assertThat(view.groups()).extracting(ResultView.Group::tier).containsExactly(4, 3, 2, 1);
        assertThat(view.groups()).extracting(ResultView.Group::belowPercent).containsExactly(null, 80, 65, 50);
        assertThat(view.groups().stream().flatMap(g -> g.rows().stream()).toList())
                .containsExactlyElementsOf(view.ranking());
        view.groups().forEach(group -> assertThat(group.rows())
                .allSatisfy(row -> assertThat(row.tier()).isEqualTo(group.tier())));
        assertThat(view.filledGroups()).allSatisfy(group -> assertThat(group.rows()).isNotEmpty());
    }

    @Test
    void showsTheAnswersAndTheLinksInTheLocalesLanguage() {
        ResultView view = ResultView.of(evaluation("32103210321032"), Locale.ENGLISH);

        assertThat(view.catalogId()).isEqualTo("2022");
        assertThat(view.catalogTitle()).contains("23 channels");
        assertThat(view.code()).isEqualTo("32103210321032");
        assertThat(view.resultLink()).isEqualTo("/ergebnis?k=2022&a=32103210321032");
        assertThat(view.changeLink()).isEqualTo("/fragebogen?k=2022&a=32103210321032");
        assertThat(view.answers()).hasSize(14);
        assertThat(view.answers().get(0).level()).isEqualTo("very important");
        assertThat(view.answers().get(3).level()).isEqualTo("not important");
    }
}
