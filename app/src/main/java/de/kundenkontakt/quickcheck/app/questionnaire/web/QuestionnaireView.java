package de.kundenkontakt.quickcheck.app.questionnaire.web;

import de.kundenkontakt.quickcheck.app.web.RadioChoice;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.NamedInterface;
import org.springframework.ui.Model;

/**
 * The questionnaire page in one language: the questions with their answer options and which option
 * is chosen. Which questions are reported as open is the form's binding result's. Immutable.
 *
 * @param catalogId the catalogue version shown
 * @param catalogTitle its title in the page's language
 * @param otherCatalogs the other catalogue versions that can be chosen
 * @param questions the questions in catalogue order
 * @param answered how many questions have an answer
 */
@NamedInterface("web")
public record QuestionnaireView(
        String catalogId,
        String catalogTitle,
        List<CatalogChoice> otherCatalogs,
        List<QuestionView> questions,
        int answered) {

    /** Another catalogue version: its id and title. */
    public record CatalogChoice(String id, String title) {}

    /**
     * One question as a fieldset.
     *
     * @param id the question id, also the key of its form field
     * @param number the 1-based number shown
     * @param topic the topic, the fieldset's legend
     * @param hint the hint under the legend
     * @param options the answer options, lowest level first
     */
    public record QuestionView(String id, int number, String topic, String hint, List<RadioChoice> options) {

        /** The form field's name. */
        public String fieldName() {
            return "answers[" + id + "]";
        }

        /** The id of the hint paragraph. */
        public String hintId() {
            return "frage-" + id + "-hinweis";
        }

        /** The id of the error message. */
        public String errorId() {
            return "frage-" + id + "-fehler";
        }

        /** The id of the first radio button, where the error summary links to. */
        public String firstOptionId() {
            return options.get(0).htmlId();
        }
    }

    /**
     * Shows this questionnaire: the page {@code questionnaire/form} with it and with where its form
     * posts; the caller adds its own notice above the questions.
     *
     * @param action the form's address, null for the questionnaire's own ({@code /fragebogen})
     * @return the view name
     */
    public String show(Model model, String action) {
        model.addAttribute("questionnaire", this);
        model.addAttribute("formAction", action);
        return "questionnaire/form";
    }

    /**
     * The page for a catalogue.
     *
     * @param catalogs all catalogues, for the version choice
     * @param catalog the catalogue shown
     * @param given level id by question id, only known questions and levels
     * @param locale the page's language
     */
    public static QuestionnaireView of(Catalogs catalogs, Catalog catalog, Map<String, String> given, Locale locale) {
        List<QuestionView> questions = new ArrayList<>();
        int answered = 0;
        for (Question question : catalog.questions()) {
            String chosen = given.get(question.id());
            if (chosen != null && !chosen.isBlank()) {
                answered++;
            }
            List<RadioChoice> options = RadioChoice.numbered(
                    "frage-" + question.id() + "-", catalog.levels(), AnswerLevel::id, l -> l.label().in(locale), chosen);
            questions.add(new QuestionView(
                    question.id(),
                    question.position() + 1,
                    question.topic().in(locale),
                    question.hint().in(locale),
                    options));
        }
        List<CatalogChoice> others = catalogs.all().stream()
                .filter(other -> !other.id().equals(catalog.id()))
                .map(other -> new CatalogChoice(other.id(), other.title().in(locale)))
                .toList();
        return new QuestionnaireView(catalog.id(), catalog.title().in(locale), others, questions, answered);
    }

    /** The element each field's error links to from the error summary: its first radio button. */
    public Map<String, String> anchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        questions.forEach(q -> anchors.put(q.fieldName(), q.firstOptionId()));
        return anchors;
    }

    /** How many questions there are. */
    public int total() {
        return questions.size();
    }
}
