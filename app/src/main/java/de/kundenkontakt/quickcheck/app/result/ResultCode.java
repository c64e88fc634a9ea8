package de.kundenkontakt.quickcheck.app.result;

import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes complete answers into the query of a result link and reads them back, so that a result
 * can be bookmarked and shared without storing anything.
 *
 * <p>The link is {@code /ergebnis?k=<catalogue id>&a=<code>}. The code has one digit per question
 * in catalogue order; the digit is the index of the chosen level in {@link Catalog#levels()}
 * (lowest first), so for the built-in catalogues 0 = unwichtig, 1 = weniger wichtig, 2 = wichtig,
 * 3 = sehr wichtig. Example: {@code /ergebnis?k=2022&a=32103210321032}.
 *
 * <p>Stateless; all methods are thread-safe.
 */
public final class ResultCode {

    /** The path of the result page. */
    public static final String RESULT_PATH = "/ergebnis";

    /** The path of the questionnaire, which takes the same query to pre-fill its answers. */
    public static final String QUESTIONNAIRE_PATH = "/fragebogen";

    /** The query parameter naming the catalogue version. */
    public static final String CATALOG_PARAMETER = "k";

    /** The query parameter holding the answer code. */
    public static final String ANSWERS_PARAMETER = "a";

    private ResultCode() {}

    /**
     * The answer code of complete or draft answers; an open question would not fit a digit, so
     * the answers must be complete.
     *
     * @param answers complete answers, not null
     * @return one digit per question, never null
     * @throws IllegalArgumentException if a question is open or the catalogue has more than ten
     *     levels
     */
    public static String encode(Answers answers) {
        Objects.requireNonNull(answers, "answers");
        Catalog catalog = answers.catalog();
        if (catalog.levels().size() > 10) {
            throw new IllegalArgumentException("catalogue " + catalog.id() + " has more levels than digits");
        }
        StringBuilder code = new StringBuilder(catalog.questions().size());
        for (Question question : catalog.questions()) {
            AnswerLevel level = answers.level(question)
                    .orElseThrow(() -> new IllegalArgumentException("question " + question.id() + " is open"));
            code.append((char) ('0' + catalog.levels().indexOf(level)));
        }
        return code.toString();
    }

    /** The result page's path and query for complete answers, such as {@code /ergebnis?k=2022&a=...}. */
    public static String resultLink(Answers answers) {
        return link(RESULT_PATH, answers);
    }

    /** The questionnaire's path and query, pre-filled with these complete answers. */
    public static String questionnaireLink(Answers answers) {
        return link(QUESTIONNAIRE_PATH, answers);
    }

    private static String link(String path, Answers answers) {
        return UriComponentsBuilder.fromPath(path)
                .queryParam(CATALOG_PARAMETER, answers.catalog().id())
                .queryParam(ANSWERS_PARAMETER, encode(answers))
                .build()
                .encode()
                .toUriString();
    }

    /**
     * Reads complete answers from the query of a result link.
     *
     * @param catalogs the known catalogues, not null
     * @param catalogId the value of {@code k}, may be null
     * @param code the value of {@code a}, may be null
     * @return complete answers, never null
     * @throws InvalidResultCodeException naming the first thing wrong
     */
    public static Answers decode(Catalogs catalogs, String catalogId, String code) {
        Objects.requireNonNull(catalogs, "catalogs");
        if (catalogId == null || catalogId.isBlank()) {
            throw new InvalidResultCodeException(InvalidResultCodeException.Reason.MISSING_CATALOG, List.of());
        }
        Catalog catalog = catalogs.find(catalogId)
                .orElseThrow(() -> new InvalidResultCodeException(
                        InvalidResultCodeException.Reason.UNKNOWN_CATALOG,
                        List.of(catalogId, String.join(", ", catalogs.ids()))));
        if (code == null || code.isBlank()) {
            throw new InvalidResultCodeException(InvalidResultCodeException.Reason.MISSING_ANSWERS, List.of());
        }
        int questions = catalog.questions().size();
        if (code.length() != questions) {
            throw new InvalidResultCodeException(
                    InvalidResultCodeException.Reason.WRONG_LENGTH, List.of(code.length(), questions));
        }
        List<AnswerLevel> levels = catalog.levels();
        Map<String, String> byQuestionId = new LinkedHashMap<>();
        for (int i = 0; i < questions; i++) {
            char digit = code.charAt(i);
            int index = digit - '0';
            if (index < 0 || index >= levels.size()) {
                throw new InvalidResultCodeException(
                        InvalidResultCodeException.Reason.BAD_CHARACTER,
                        List.of(i + 1, String.valueOf(digit), levels.size() - 1));
            }
            byQuestionId.put(catalog.questions().get(i).id(), levels.get(index).id());
        }
        return Answers.complete(catalog, byQuestionId);
    }
}
