package de.kundenkontakt.quickcheck.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ResultViewsTest {

    private static final Catalogs CATALOGS = Catalogs.builtIn();

    private static Answers answers(String code) {
        return ResultCode.decode(CATALOGS, "2022", code);
    }

    @Test
    void servesTheSameViewAsAFreshOneForEachAnswerCodeAndLanguage() {
        ResultViews views = new ResultViews(10);

        for (String code : new String[] {"32103210321032", "23323223313022", "22222222222222", "00000000000000"}) {
            for (Locale locale : new Locale[] {Locale.GERMAN, Locale.ENGLISH}) {
                Answers answers = answers(code);
                ResultView fresh = ResultView.of(answers.catalog().evaluate(answers), locale);

                assertThat(views.of(answers, locale)).isEqualTo(fresh);
                assertThat(views.of(answers(code), locale)).isEqualTo(fresh);
            }
        }
    }

    @Test
    void keepsAViewForItsLanguageOnly() {
        ResultViews views = new ResultViews(10);

        ResultView german = views.of(answers("32103210321032"), Locale.GERMANY);
        ResultView english = views.of(answers("32103210321032"), Locale.UK);

        assertThat(views.of(answers("32103210321032"), Locale.GERMAN)).isSameAs(german);
        assertThat(views.of(answers("32103210321032"), Locale.ENGLISH)).isSameAs(english);
        assertThat(german.ranking().get(0).percent()).contains(",");
        assertThat(english.ranking().get(0).percent()).contains(".");
        assertThat(views.of(answers("23323223313022"), Locale.GERMAN).code()).isEqualTo("23323223313022");
    }

    @Test
    void keepsNothingWhenItsSizeIsZero() {
        ResultViews views = new ResultViews(0);

        ResultView first = views.of(answers("32103210321032"), Locale.GERMAN);

        assertThat(views.of(answers("32103210321032"), Locale.GERMAN)).isNotSameAs(first).isEqualTo(first);
    }
}
