package de.kundenkontakt.quickcheck.app;

import de.kundenkontakt.quickcheck.engine.Answers;
import de.kundenkontakt.quickcheck.engine.Catalog;
import de.kundenkontakt.quickcheck.engine.Catalogs;
import de.kundenkontakt.quickcheck.engine.Evaluation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The golden cases of the engine's tests ({@code golden/cases.jsonl} of its {@code SharedCopy}) as
 * the application's tests use them: JSON requests and the rankings the published scripts gave.
 */
public final class GoldenCases {

    /** One expected place of a ranking: touchpoint id, percent with one decimal, recommendation id. */
    public record Expected(String touchpoint, String percent, String recommendation) {}

    /** One case: its line, the catalogue id, the answers (level id by question id, in file order) and the ranking. */
    public record Case(int line, String catalog, Map<String, String> answers, List<Expected> expected) {

        /** The request of the case as the API and the command-line tool take it: catalog and answers. */
        public String request() {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("catalog", catalog);
            request.put("answers", answers);
            return MAPPER.writeValueAsString(request);
        }

        /** The engine's evaluation of the request. */
        public Evaluation evaluate() {
            Catalog catalog = Catalogs.builtIn().find(catalog()).orElseThrow();
            return catalog.evaluate(Answers.complete(catalog, answers()));
        }

        @Override
        public String toString() {
            return "golden line " + line;
        }
    }

    /** The file of the golden cases, relative to the shared folder. */
    public static final String FILE = "golden/cases.jsonl";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GoldenCases() {}

    /** Every case, in file order; never empty. */
    public static List<Case> all() {
        return de.kundenkontakt.quickcheck.engine.GoldenCases.all().stream()
                .map(each -> new Case(each.line(), each.catalog(), each.answers(), each.expected().stream()
                        .map(place -> new Expected(place.touchpoint(), place.percent(), place.recommendation()))
                        .toList()))
                .toList();
    }

    /** The first case on the given catalogue, such as "2020". */
    public static Case first(String catalog) {
        return all().stream()
                .filter(c -> c.catalog().equals(catalog))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no golden case on catalogue " + catalog));
    }

    /** The ranking of a response as expected entries, with the percent as the JSON number's text. */
    public static List<Expected> ranking(JsonNode response) {
        List<Expected> actual = new ArrayList<>();
        for (JsonNode each : response.get("ranking")) {
            actual.add(new Expected(
                    each.get("touchpoint").asString(),
                    each.get("percent").numberValue().toString(),
                    each.get("recommendation").asString()));
        }
        return actual;
    }
}
