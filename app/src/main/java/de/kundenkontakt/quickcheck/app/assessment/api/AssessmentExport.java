package de.kundenkontakt.quickcheck.app.assessment.api;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.catalog.TouchpointCosts;
import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import de.kundenkontakt.quickcheck.app.shared.GermanTime;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the CSV and XLSX downloads of a complete assessment hold, in one language: a summary
 * (company, profile, questionnaire, date), the answer to each need and the ranking with current
 * usage and costs. Places, labels and answers come from {@link ResultView}, as on the page and in
 * the PDF. Cells are typed, so that each format writes numbers and dates as such. Immutable.
 *
 * @param summary the company and its profile as label–value rows, never null
 * @param answers one row per need in questionnaire order, never null
 * @param ranking one row per touchpoint in ranking order, never null
 * @param date the date of the last change, in Germany; never null
 */
record AssessmentExport(Table summary, Table answers, Table ranking, LocalDate date) {

    /**
     * One titled table. A cell is a {@link String} (empty when there is nothing to say), an
     * {@link Integer}, a {@link BigDecimal} with one decimal or a {@link LocalDate}.
     *
     * @param title the table's name, also the worksheet name (at most 31 characters), never null
     * @param header the column names, never null
     * @param rows the rows, each as long as the header, never null
     */
    record Table(String title, List<String> header, List<List<Object>> rows) {

        Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * The downloads' content of a complete assessment.
     *
     * @param assessment a complete assessment, not null
     * @param locale the language of headers, names and labels: English or else German
     * @throws IllegalArgumentException if the assessment is a draft
     */
    static AssessmentExport of(Assessment assessment, Locale locale) {
        Evaluation evaluation = assessment.evaluation()
                .orElseThrow(() -> new IllegalArgumentException("a draft has no ranking to export"));
        Texts messages = Texts.of(locale);
        ResultView result = ResultView.of(evaluation, messages.locale());
        LocalDate date = LocalDate.ofInstant(assessment.updatedAt(), GermanTime.ZONE);
        return new AssessmentExport(
                summary(assessment, date, messages),
                answers(assessment.catalog(), result, messages),
                ranking(assessment, result, messages),
                date);
    }

    /** The tables in the order the downloads show them; never null. */
    List<Table> tables() {
        return List.of(summary, answers, ranking);
    }

    private static Table summary(Assessment assessment, LocalDate date, Texts messages) {
        ProfileLabels labels = ProfileLabels.of(assessment.profile(), messages);
        List<List<Object>> rows = List.of(
                row(messages.get("export.company"), orEmpty(assessment.profile().companyName())),
                row(messages.get("export.industry"), orEmpty(labels.industry())),
                row(messages.get("export.size"), orEmpty(labels.sizeClass())),
                row(messages.get("export.region"), orEmpty(labels.region())),
                row(messages.get("export.market"), orEmpty(labels.market())),
                row(messages.get("export.catalog"), assessment.catalog().title().in(messages.language())),
                row(messages.get("export.date"), date));
        return new Table(messages.get("export.summary"),
                List.of(messages.get("export.summary.item"), messages.get("export.summary.value")), rows);
    }

    private static Table answers(Catalog catalog, ResultView result, Texts messages) {
        List<AnswerLevel> levels = catalog.levels();
        List<List<Object>> rows = new ArrayList<>();
        for (ResultView.Answer answer : result.answers()) {
            int level = levels.indexOf(catalog.level(answer.levelId()).orElseThrow());
            rows.add(row(rows.size() + 1, answer.questionId(), answer.topic(), answer.level(), level));
        }
        return new Table(messages.get("export.answers"), List.of(
                messages.get("export.answers.number"),
                messages.get("export.answers.id"),
                messages.get("export.answers.need"),
                messages.get("export.answers.level"),
                messages.get("export.answers.step", levels.size() - 1)), rows);
    }

    private static Table ranking(Assessment assessment, ResultView result, Texts messages) {
        TouchpointCosts costs = TouchpointCosts.builtIn();
        List<List<Object>> rows = new ArrayList<>();
        for (ResultView.Row place : result.ranking()) {
            TouchpointCosts.Cost cost = costs.of(place.touchpointId());
            rows.add(row(
                    place.place(),
                    place.touchpointId(),
                    place.name(),
                    place.percentValue(),
                    place.recommendation(),
                    assessment.currentState().usage(place.touchpointId()).map(u -> messages.get(u.messageKey())).orElse(""),
                    messages.get(cost.entry().labelKey()),
                    messages.get(cost.running().labelKey())));
        }
        return new Table(messages.get("export.ranking"), List.of(
                messages.get("csv.rank"),
                messages.get("csv.touchpoint"),
                messages.get("csv.name"),
                messages.get("csv.percent"),
                messages.get("csv.recommendation"),
                messages.get("csv.usage"),
                messages.get("csv.entry-cost"),
                messages.get("csv.running-cost")), rows);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
