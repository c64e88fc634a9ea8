package de.kundenkontakt.quickcheck.app.assessment.web;

import de.kundenkontakt.quickcheck.app.assessment.Assessment;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentComparison;
import de.kundenkontakt.quickcheck.app.assessment.AssessmentService;
import de.kundenkontakt.quickcheck.app.assessment.TouchpointMovement;
import de.kundenkontakt.quickcheck.app.result.ResultView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * The comparison page in one language: an assessment next to the one it re-assesses. Immutable.
 *
 * @param earlierOn the date of the earlier assessment
 * @param laterOn the date of the later one
 * @param sameCatalog whether both use the same catalogue version
 * @param catalogBefore the earlier catalogue's title
 * @param catalogAfter the later catalogue's title
 * @param changes the shared questions answered differently
 * @param movements every shared touchpoint, in the later ranking's order
 * @param onlyBefore names of touchpoints only the earlier catalogue has
 * @param onlyAfter names of touchpoints only the later catalogue has
 * @param view the path of the later assessment's page
 */
public record ComparisonView(
        String earlierOn,
        String laterOn,
        boolean sameCatalog,
        String catalogBefore,
        String catalogAfter,
        List<Change> changes,
        List<Movement> movements,
        List<String> onlyBefore,
        List<String> onlyAfter,
        String view) {

    /** A question answered differently: its topic, the earlier and the later answer. */
    public record Change(String topic, String before, String after) {}

    /**
     * How one touchpoint moved.
     *
     * @param touchpointId its id
     * @param name its name
     * @param percentBefore the earlier match
     * @param recommendationBefore the earlier recommendation
     * @param percentAfter the later match
     * @param recommendationAfter the later recommendation
     * @param direction "up", "down" or "same", for styling
     * @param symbol ▲, ▼ or =, shown next to the text, hidden from screen readers
     * @param change the movement in words, such as "gestiegen um 2,5 Prozentpunkte"
     * @param recommendationChanged whether the recommendation is a different one now
     * @param rankBefore the earlier rank among the shared touchpoints
     * @param rankAfter the later rank among the shared touchpoints
     */
    public record Movement(
            String touchpointId,
            String name,
            String percentBefore,
            String recommendationBefore,
            String percentAfter,
            String recommendationAfter,
            String direction,
            String symbol,
            String change,
            boolean recommendationChanged,
            int rankBefore,
            int rankAfter) {}

    /**
     * Whether these two assessments of one history can be compared: two different ones, both complete
     * (a draft has no result yet).
     */
    static boolean comparable(Assessment shown, Assessment other) {
        return shown.isComplete() && other.isComplete() && !other.id().equals(shown.id());
    }

    /** The assessment a comparison without a place is made with: the one this re-assesses, if it is complete. */
    static Optional<Assessment> previous(AssessmentService service, Assessment assessment) {
        return service.previousOf(assessment).filter(Assessment::isComplete);
    }

    static ComparisonView of(
            Assessment earlier, Assessment later, AssessmentComparison comparison, String view, MessageSource messages,
            Locale locale) {
        List<Change> changes = comparison.changedAnswers().stream()
                .map(c -> new Change(c.question().topic().in(locale), c.before().label().in(locale), c.after().label().in(locale)))
                .toList();
        List<Movement> movements = comparison.movements().stream()
                .map(m -> movement(m, messages, locale))
                .toList();
        return new ComparisonView(
                AssessmentView.date(earlier.createdAt(), locale),
                AssessmentView.date(later.createdAt(), locale),
                comparison.sameCatalog(),
                earlier.catalog().title().in(locale),
                later.catalog().title().in(locale),
                changes,
                movements,
                comparison.onlyBefore().stream().map(t -> t.name().in(locale)).toList(),
                comparison.onlyAfter().stream().map(t -> t.name().in(locale)).toList(),
                view);
    }

    /** One touchpoint's move between the two assessments, in words of the locale. */
    private static Movement movement(TouchpointMovement m, MessageSource messages, Locale locale) {
        String direction = m.direction().name().toLowerCase(Locale.ROOT);
        String points = points(Math.abs(m.deltaTenths()), locale);
        return new Movement(
                m.touchpoint().id(),
                m.touchpoint().name().in(locale),
                ResultView.formatPercent(m.before().percent(), locale),
                m.before().recommendation().label().in(locale),
                ResultView.formatPercent(m.after().percent(), locale),
                m.after().recommendation().label().in(locale),
                direction,
                switch (m.direction()) {
                    case UP -> "▲";
                    case DOWN -> "▼";
                    case SAME -> "=";
                },
                AssessmentView.text(messages, "assessment.compare.direction." + direction, locale, points),
                m.recommendationChanged(),
                m.rankBefore(),
                m.rankAfter());
    }

    /** Tenths of a percentage point as the locale writes them: "2,5" or "2.5". */
    private static String points(long tenths, Locale locale) {
        return ResultView.oneDecimal(BigDecimal.valueOf(tenths, 1), locale);
    }
}
