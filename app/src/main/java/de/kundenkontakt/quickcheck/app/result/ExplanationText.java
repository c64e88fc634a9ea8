package de.kundenkontakt.quickcheck.app.result;

import de.kundenkontakt.quickcheck.app.i18n.Texts;
import de.kundenkontakt.quickcheck.engine.AnswerLevel;
import de.kundenkontakt.quickcheck.engine.Contribution;
import de.kundenkontakt.quickcheck.engine.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts an engine {@link Explanation} into one sentence of the user's language, such as "Passt, weil
 * Sie „24/7-Verfügbarkeit“ und „Reichweite“ als sehr wichtig bewertet haben." The needs named are
 * exactly the explanation's drivers and holdbacks; this class only chooses the words.
 */
final class ExplanationText {

    private final Texts texts;

    ExplanationText(Texts texts) {
        this.texts = texts;
    }

    /**
     * Why the touchpoint reached its score; never null.
     *
     * @param recommended whether it reached a level worth recommending, which decides between "fits
     *     because" and "most of its points come from"
     */
    String why(Explanation explanation, boolean recommended) {
        if (explanation.drivers().isEmpty()) {
            return texts.get("result.why.none");
        }
        return texts.get(recommended ? "result.why.drivers" : "result.why.partial", rated(explanation.drivers()));
    }

    /** Which low ratings held the touchpoint back, or null when nothing did. */
    String heldBack(Explanation explanation) {
        if (explanation.holdbacks().isEmpty()) {
            return null;
        }
        return texts.get("result.why.holdbacks", rated(explanation.holdbacks()));
    }

    /** "„A“ und „B“ als sehr wichtig und „C“ als wichtig": quoted topics grouped by the level given. */
    private String rated(List<Contribution> contributions) {
        Map<AnswerLevel, List<String>> byLevel = new LinkedHashMap<>();
        for (Contribution contribution : contributions) {
            byLevel.computeIfAbsent(contribution.level(), level -> new ArrayList<>())
                    .add(texts.get("result.why.topic", contribution.question().topic().in(texts.locale())));
        }
        List<String> segments = new ArrayList<>();
        byLevel.forEach((level, topics) ->
                segments.add(texts.get("result.why.segment", join(topics), level.label().in(texts.locale()))));
        return join(segments);
    }

    /** "A", "A und B", "A, B und C" in the language of the texts. */
    private String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        String head = String.join(texts.get("result.why.separator"), items.subList(0, items.size() - 1));
        return head + texts.get("result.why.lastSeparator") + items.get(items.size() - 1);
    }
}
