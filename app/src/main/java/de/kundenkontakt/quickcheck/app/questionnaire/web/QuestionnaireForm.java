package de.kundenkontakt.quickcheck.app.questionnaire.web;

import de.kundenkontakt.quickcheck.app.web.PageForms;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * What the questionnaire sends, wherever it is shown (new, a draft to continue, "Erneut prüfen"):
 * the catalogue version, the chosen level id by question id ({@code answers[<question id>]}) and
 * which button was pressed. Bound as sent, so it may hold anything a tampered request sends; put
 * {@link #in} its catalogue, it is checked with {@link PageForms}. Immutable.
 *
 * @param k the catalogue id, may be null
 * @param answers level id by question id, empty when nothing was chosen; never null
 * @param action {@value #LATER} for "Später weitermachen", anything else to see the result
 */
@NamedInterface("web")
public record QuestionnaireForm(String k, Map<String, String> answers, String action) {

    public QuestionnaireForm {
        answers = answers == null ? Map.of() : answers;
    }

    /** The value of the "Später weitermachen" button. */
    public static final String LATER = "draft";

    /** The group of the check that every question is answered, for a result rather than a draft. */
    @NamedInterface("web")
    public interface Complete {}

    /** The form filled in with these answers, as a page shows it first. */
    public static QuestionnaireForm of(Catalog catalog, Map<String, String> answers) {
        return new QuestionnaireForm(catalog.id(), answers, null);
    }

    /** Whether "Später weitermachen" was pressed. */
    public boolean later() {
        return LATER.equals(action);
    }

    /** The groups to check besides what the form offers: every question answered, unless kept as a draft. */
    public Class<?>[] groups() {
        return later() ? new Class<?>[0] : new Class<?>[] {Complete.class};
    }

    /** The answers in the catalogue they are for, to check. */
    public InCatalog in(Catalog catalog) {
        return new InCatalog(catalog, answers);
    }

    /**
     * The form's answers in a catalogue: only questions and levels the catalogue has (else the
     * request was tampered with), and for a result every question answered.
     *
     * @param catalog not null
     * @param answers level id by question id, not null
     */
    @QuestionnaireRules(groups = PageForms.Offered.class)
    @QuestionnaireRules(allAnswered = true, groups = Complete.class)
    public record InCatalog(Catalog catalog, Map<String, String> answers) {

        /**
         * The answers, open questions allowed.
         *
         * @throws de.kundenkontakt.quickcheck.engine.InvalidAnswersException if they were not checked
         */
        public Answers toAnswers() {
            return Answers.draft(catalog, answers);
        }
    }
}
